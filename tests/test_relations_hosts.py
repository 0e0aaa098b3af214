"""Hosts named in the passive (由A、B联合主办，C承办) and on 主办单位 lines."""
from __future__ import annotations

from test_nlp_relations import triples


def test_passive_hosts_of_the_event_named_before(extract):
    found = triples(extract("江北区第三届职工职业技能大赛由区总工会、区人社局联合主办，区机械行业协会承办。"))
    event = "江北区第三届职工职业技能大赛"
    assert {("区总工会", "ORGANIZED", event), ("区人社局", "ORGANIZED", event),
            ("区机械行业协会", "ORGANIZED", event)} <= found


def test_this_contest_refers_to_the_occasion_of_the_news(extract):
    found = triples(extract("青山市首届职工厨艺大赛圆满落幕\n本次大赛由青山市总工会主办，青山市烹饪协会承办。"))
    assert ("青山市总工会", "ORGANIZED", "青山市首届职工厨艺大赛") in found
    assert ("青山市烹饪协会", "ORGANIZED", "青山市首届职工厨艺大赛") in found


def test_relative_clause_after_the_passive(extract):
    found = triples(extract("由江南电力公司工会主办的第二届职工篮球联赛在体育馆开幕。"))
    assert ("江南电力公司工会", "ORGANIZED", "第二届职工篮球联赛") in found


def test_lines_of_organisers(extract):
    found = triples(extract("河西区第五届职工书画展开幕\n主办单位：河西区总工会、河西区教育局\n承办单位：河西区实验中学"))
    event = "河西区第五届职工书画展"
    assert ("河西区总工会", "ORGANIZED", event) in found
    assert ("河西区教育局", "ORGANIZED", event) in found
    assert ("河西区实验中学", "ORGANIZED", event) in found


def test_traditional_characters(read):
    """Through the reading stage, which folds traditional characters as every command does."""
    found = triples(read("第三屆勞工盃羽球賽由高雄市產業總工會主辦。"))
    assert ("高雄市产业总工会", "ORGANIZED", "第三届劳工杯羽球赛") in found


def test_co_hosts_are_not_each_a_conferrer(extract):
    found = triples(extract("青山市首届职工厨艺大赛圆满落幕\n本次大赛由青山市总工会、青山市商务局联合主办。"
                            "经过角逐，李红梅获得一等奖。"))
    assert ("一等奖", "AWARDED_BY", "青山市首届职工厨艺大赛") in found
    assert ("一等奖", "AWARDED_BY", "青山市商务局") not in found


def test_a_verb_that_goes_on_is_no_hosting(extract):
    """由工会组织职工参加…: the union sent workers, it did not host the event."""
    found = triples(extract("由青山公司工会组织职工参加全市第三届职工运动会。"))
    assert ("青山公司工会", "ORGANIZED", "全市第三届职工运动会") not in found


def test_a_congress_named_after_the_host_of_the_writing_union_is_the_writers(extract):
    ex = extract("青松学院第三届教代会顺利召开\n4月2日，青松学院第三届教代会召开。青松学院分工会主席王丽作工作报告。")
    assert ex.author == "青松学院分工会"
    assert ("@author", "ORGANIZED", "青松学院第三届教代会") in {(r.head, r.type, r.tail) for r in ex.relations}


def test_a_list_of_hosts_before_a_relative_clause(extract):
    found = triples(extract("近日，青山市总工会、青山市人社局联合举办的第三届职工书法大赛落下帷幕。"))
    assert ("青山市人社局", "ORGANIZED", "第三届职工书法大赛") in found
    assert any(h in ("青山市总工会", "@author") and r == "ORGANIZED" and t == "第三届职工书法大赛"
               for h, r, t in found)


def test_a_theme_between_the_hosts_and_their_event(extract):
    found = triples(extract("近日，由青山市总工会、青山市文明办共同主办，以“劳动最光荣”为主题的全市职工演讲比赛在青山市举行。"))
    assert ("青山市文明办", "ORGANIZED", "全市职工演讲比赛") in found


def test_a_co_host_named_before_xieban_de_organised_it_too(extract):
    found = triples(extract("今天，市总工会主办、市体育局协办的全市职工篮球赛开幕。"))
    assert any(h == "市体育局" and r == "ORGANIZED" and t == "全市职工篮球赛" for h, r, t in found)


def test_a_unions_numbered_congress_is_an_event(extract):
    for text, name in (("青山市第五次工会代表大会开幕。", "青山市第五次工会代表大会"),
                       ("中国工会第十八次全国代表大会在北京开幕。", "中国工会第十八次全国代表大会")):
        assert name in {e.name for e in extract(text).entities if e.type == "EVENT"}


def test_the_body_under_whose_organising_the_event_ran_held_it(extract):
    found = triples(extract("在青山市总工会、市体育局的精心组织下，全市职工运动会圆满落幕。"))
    assert {("青山市总工会", "ORGANIZED", "全市职工运动会"), ("市体育局", "ORGANIZED", "全市职工运动会")} <= found
    assert not any(r == "ORGANIZED" for _, r, _ in triples(extract("在公司党委的正确领导下，工会工作取得成效。")))


def test_a_guiding_body_holds_nothing_the_next_one_does(extract):
    ex = extract("青山市职工书法展5月1日开幕。展览由青山市总工会指导，江北书法协会主办。")
    organisers = {ex.author if r.head == "@author" else r.head for r in ex.relations if r.type == "ORGANIZED"}
    assert "江北书法协会" in organisers
    assert "青山市总工会" not in organisers


def test_the_hosts_named_in_a_sentence_by_their_role(extract, read):
    text = "10月12日，青山市第三届职工技能大赛开幕。此次活动的主办单位为青山市总工会，承办单位是青山技师学院。"
    for doc in (extract(text), read("10月12日，青山市第三屆職工技能大賽開幕。此次活動的主辦單位為青山市總工會，承辦單位是青山技師學院。")):
        found = triples(doc)
        assert {("青山市总工会", "ORGANIZED", "青山市第三届职工技能大赛"),
                ("青山技师学院", "ORGANIZED", "青山市第三届职工技能大赛")} <= found
