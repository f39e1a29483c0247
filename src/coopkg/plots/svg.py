"""A small SVG writer on ElementTree, so every label (article text) is escaped by the XML
serialiser rather than by hand, and nothing but drawing elements can appear: no script, no
event attributes, no external references other than the links a plot adds itself."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#7b4173", "#e7969c",
           "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SAFE_HREF = re.compile(r"(https?://|/)[^\s\"<>\\]*\Z", re.I)


def clean(text: object) -> str:
    """Text as XML allows it (control characters dropped)."""
    return _NOT_XML.sub("", "" if text is None else str(text))


def shorten(text: object, limit: int) -> str:
    words = " ".join(clean(text).split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def text_width(text: str, size: float) -> float:
    """An estimate good enough to keep labels apart (no font metrics server-side)."""
    return len(text) * size * 0.56


class Canvas:
    def __init__(self, width: float, height: float, title: str):
        self.root = ET.Element("svg", {"xmlns": SVG_NS, "width": f"{width:.0f}",
                                       "height": f"{height:.0f}",
                                       "viewBox": f"0 0 {width:.0f} {height:.0f}",
                                       "font-family": FONT, "role": "img"})
        ET.SubElement(self.root, "title").text = clean(title)
        self.add(self.root, "rect", width="100%", height="100%", fill="white")

    @staticmethod
    def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
        element = ET.SubElement(parent, tag, {k.replace("_", "-"): _number(v)
                                              for k, v in attrs.items() if v is not None})
        if text is not None:
            element.text = clean(text)
        return element

    def text(self, parent: ET.Element, x: float, y: float, text: str, size: float = 12,
             **attrs: object) -> ET.Element:
        return self.add(parent, "text", text, x=x, y=y, font_size=size, **attrs)

    @staticmethod
    def tooltip(element: ET.Element, text: str) -> None:
        ET.SubElement(element, "title").text = clean(text)

    def link(self, parent: ET.Element, href: str | None) -> ET.Element:
        """A group, wrapped in a link when `href` is a web or site-relative URL (anything
        else, such as javascript:, is dropped)."""
        if href and _SAFE_HREF.match(href):
            return self.add(parent, "a", href=href, target="_top")
        return self.add(parent, "g")

    def render(self) -> str:
        ET.indent(self.root, space=" ")
        return ET.tostring(self.root, encoding="unicode") + "\n"


def _number(value: object) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else clean(value)
