"""Who confers an honour, said around it: 命名X为A, 对X予以表彰, a decision's title, 受到X表彰."""
from __future__ import annotations

from test_nlp_relations import triples


def test_naming_a_body_as_an_honour(extract):
    found = triples(extract("近日，全国总工会命名青山机械厂工会为“全国模范职工之家”。"))
    assert ("青山机械厂工会", "RECEIVED", "全国模范职工之家") in found
    assert ("全国模范职工之家", "AWARDED_BY", "全国总工会") in found


def test_the_issuer_of_a_decision_to_honour_confers_what_it_names(extract):
    found = triples(extract("会议宣读了《青山市总工会关于表彰2023年度先进集体的决定》。"))
    assert any(r == "AWARDED_BY" and t == "青山市总工会" for _, r, t in found)


def test_praised_for_by_the_body_that_decides(extract, read):
    found = triples(extract("青山市总工会决定，对青山机械厂工会等10个先进集体予以表彰。"))
    assert ("青山机械厂工会", "RECEIVED", "先进集体") in found
    assert ("先进集体", "AWARDED_BY", "青山市总工会") in found
    found = triples(read("青山市總工會決定，對青山機械廠工會等10個先進集體予以表彰。"))
    assert ("先进集体", "AWARDED_BY", "青山市总工会") in found


def test_praised_by_after_the_honour_names_its_conferrer(extract):
    found = triples(extract("青山机械厂工会被评为先进基层工会，受到市总工会表彰。"))
    assert ("先进基层工会", "AWARDED_BY", "市总工会") in found


def test_people_described_by_an_honour_and_title_receive_nothing_unnamed(extract):
    found = triples(extract("大会对获得“青山市劳动模范”称号的50名同志进行了表彰。"))
    assert not any(r == "RECEIVED" for _, r, _ in found)


def test_praised_as_an_honour_by_a_body(extract):
    found = triples(extract("今年，李明同志被乡党委表彰为优秀班主任。"))
    assert ("李明", "RECEIVED", "优秀班主任") in found
    assert ("优秀班主任", "AWARDED_BY", "乡党委") in found


def test_the_body_that_issues_a_decision_confers_the_honours_won_under_it(extract):
    found = triples(extract("日前，江北省总工会印发《关于表彰2024年江北省五一劳动奖的决定》，"
                            "青山钢铁公司炼钢车间主任马晓军荣获“江北省五一劳动奖章”。"))
    assert ("江北省五一劳动奖章", "AWARDED_BY", "江北省总工会") in found
    assert ("马晓军", "RECEIVED", "江北省五一劳动奖章") in found
    # the person is the winner; the body named before the unit and post is only theirs
    assert ("青山钢铁公司", "RECEIVED", "江北省五一劳动奖章") not in found


def test_praise_inside_a_documents_title_names_no_recipient(extract):
    found = triples(extract("青山市总工会下发《关于表彰先进职工之家的决定》，江北纺织公司工会荣获“模范职工之家”。"))
    assert ("江北纺织公司工会", "RECEIVED", "先进职工之家") not in found
    assert ("江北纺织公司工会", "RECEIVED", "模范职工之家") in found


def test_the_body_that_publishes_or_approves_a_list_confers_its_honours(extract):
    found = triples(extract("近日，中华全国总工会发布2024年全国五一劳动奖名单，青山钢铁公司获得全国五一劳动奖状。"
                            "经江北省总工会批准，青山市第一人民医院工会获评“省模范职工之家”。"))
    assert ("全国五一劳动奖状", "AWARDED_BY", "中华全国总工会") in found
    assert ("省模范职工之家", "AWARDED_BY", "江北省总工会") in found
    assert ("省模范职工之家", "AWARDED_BY", "中华全国总工会") not in found


def test_every_honour_listed_in_a_ceremonys_name_is_conferred_there(extract):
    found = triples(extract("青山机械厂召开2023年度先进集体和先进个人表彰大会。"))
    event = "2023年度先进集体和先进个人表彰大会"
    assert {(a, "AWARDED_BY", event) for a in ("2023年度先进集体", "先进个人")} <= found


def test_verbs_inside_a_documents_title_make_no_recipient(extract, read):
    text = "近日，青山省总工会印发《关于命名表彰2025年度省五一劳动奖和省工人先锋号的决定》。"
    found = triples(extract(text))
    assert not any(r == "RECEIVED" for _, r, _ in found)
    assert any(r == "AWARDED_BY" and t == "青山省总工会" for _, r, t in found)
    found = triples(read(text.replace("总工会", "總工會").replace("关于", "關於").replace("决定", "決定")))
    assert not any(r == "RECEIVED" for _, r, _ in found)


def test_a_decision_confers_what_the_next_sentence_details_after_其中(extract):
    found = triples(extract("日前，青山省总工会下发《关于表彰先进集体和个人的决定》，全市共有5个集体受到表彰。"
                            "其中，青山机械厂荣获省五一劳动奖状。次日，青山机械厂获得市安全生产奖。"))
    assert ("青山机械厂", "RECEIVED", "省五一劳动奖状") in found
    assert ("省五一劳动奖状", "AWARDED_BY", "青山省总工会") in found
    assert ("市安全生产奖", "AWARDED_BY", "青山省总工会") not in found  # a sentence that details nothing


def test_honours_given_at_the_meeting_a_sentence_refers_to(extract, read):
    opening = "青山市总工会召开第五次会员代表大会。"
    for doc in (extract(opening + "会上，王小明等50名同志被授予青山市优秀工会工作者称号。"),
                read("青山市總工會召開第五次會員代表大會。會上，王小明等50名同志被授予青山市優秀工會工作者稱號。")):
        found = triples(doc)
        assert ("青山市优秀工会工作者", "AWARDED_BY", "第五次会员代表大会") in found
        assert ("青山市优秀工会工作者", "AWARDED_BY", "青山市总工会") in found
    found = triples(extract("青山市总工会召开第五次会员代表大会，会议表彰了一批先进集体。"))
    assert ("先进集体", "AWARDED_BY", "第五次会员代表大会") in found


def test_an_honour_won_elsewhere_is_not_the_meetings(extract):
    found = triples(extract("青山市总工会召开第五次会员代表大会。王小明去年荣获全国五一劳动奖章。"))
    assert ("全国五一劳动奖章", "AWARDED_BY", "第五次会员代表大会") not in found
