"""How each entity and relation type looks, in one place.

Colour alone fails for colour-blind readers and on grey printouts, so every
type also gets its own shape; the legend and the type filter read the same
table so they can never disagree with the drawing.
"""
from __future__ import annotations

from dataclasses import dataclass

#: Chinese first (the readers are union officers), any Chinese system font.
FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'


@dataclass(frozen=True)
class NodeStyle:
    """The look of one entity type; ``name`` is the legend's Chinese label."""

    name: str
    color: str
    border: str
    shape: str
    symbol: str  # the legend's glyph, matching the vis-network shape


NODE_STYLES: dict[str, NodeStyle] = {
    "PER": NodeStyle("人物", "#8ecae6", "#1d6f93", "dot", "●"),
    "ORG": NodeStyle("组织", "#f4a261", "#a8561a", "box", "■"),
    "EVENT": NodeStyle("活动", "#90be6d", "#4c7a2b", "diamond", "◆"),
    "AWARD": NodeStyle("荣誉", "#f6d55c", "#a4861a", "star", "★"),
}
FALLBACK_STYLE = NodeStyle("其他", "#cccccc", "#777777", "ellipse", "⬭")

#: Relation type → label drawn on the edge (Chinese for reading, English to grep).
EDGE_LABELS: dict[str, str] = {
    "POSITION": "职务 POSITION",
    "SUBORDINATE_OF": "隶属 SUBORDINATE_OF",
    "ORGANIZED": "组织 ORGANIZED",
    "PARTICIPATED_IN": "参加 PARTICIPATED_IN",
    "RECEIVED": "获得 RECEIVED",
    "AWARDED_BY": "授予 AWARDED_BY",
}
EDGE_COLORS: dict[str, str] = {
    "POSITION": "#1d6f93",
    "SUBORDINATE_OF": "#a8561a",
    "ORGANIZED": "#4c7a2b",
    "PARTICIPATED_IN": "#7fa35f",
    "RECEIVED": "#a4861a",
    "AWARDED_BY": "#8a6d0b",
}


def node_style(type_: str) -> NodeStyle:
    return NODE_STYLES.get(type_, FALLBACK_STYLE)


def type_name(type_: str) -> str:
    """``"ORG"`` → ``"组织 ORG"``: what headings and filters show."""
    return f"{node_style(type_).name} {type_}"


def edge_label(type_: str) -> str:
    return EDGE_LABELS.get(type_, type_)
