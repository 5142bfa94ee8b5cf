"""Hostile strings a person might paste, or a crafted answers file might hold.

Each is put through every free-text field: questions, notes, agreed actions, sign-off and
edited bios. Written as Python escapes so every invisible character is visible here.
"""

from __future__ import annotations

ZALGO = "Z" + "\u0301\u0316\u0334\u0357\u0360" * 40  # 200 combining marks on one letter

HOSTILE: dict[str, str] = {
    # Markup: reportlab's Paragraph and HTML both parse tags.
    "img-file": '<img src="/etc/passwd"/>',
    "img-big": '<img src="x.png" width="5000" height="5000"/>',
    "js-link": '<a href="javascript:alert(1)">click me</a>',
    "font-huge": "<font size=300>HUGE</font>",
    "lt-amp": "x < y & z > w",
    "cdata-end": "]]>",
    "cdata": "<![CDATA[<b>x</b>]]>",
    "script": "<script>alert('hi')</script>",
    "onerror": "<img src=x onerror=alert(1)>",
    "attr-break": '"><svg onload=alert(1)>',
    "entities": "&amp; &lt; &#0; &#x202E; &nbsp; &e;",
    "rl-tags": "<para><b>bold<i>italic<br/><seq/><onDraw name=x label=y/>",
    "unclosed": "<b><i><u>",
    "xxe": '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
    "comment": "<!-- hidden --> <?xml version='1.0'?>",
    "style-break": "</style><style>*{display:none}</style></title></textarea>",
    "fullwidth-tags": "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "markdown": "# Heading *bold* [link](javascript:alert(1))",
    # Format strings: braces must stay literal wherever a template is filled.
    "brace-name": "{name}",
    "brace-index": "{0} {} {{}} {name!r:>10} {__class__}",
    "percent": "%s %n %x %(name)s %%",
    # Invisible and control characters.
    "controls": "a\x01b\x02c\x07d\x08e\x1b[31mred\x1b[0m",
    "nul": "before\x00after",
    "tabs-feeds": "a\tb\vc\fd",
    "carriage": "one\rtwo\r\nthree",
    "rlo": "\u202egnp.exe",
    "isolates": "\u2066ltr\u2069 \u2067rtl\u2069 \u2068first\u2069",
    "embeddings": "\u202aa\u202bb\u202cc\u202dd",
    "zero-width": "a\u200db\u200cc\u200bd\ufeffe\u2060f",
    "separators": "line\u2028para\u2029end\x85nel",
    "soft-hyphen": "co\u00adoper\u00adation",
    "nbsp": "\u00a0\u00a0\u00a0gap\u202f\u2007",
    "bom": "\ufeffBOM at start",
    "noncharacters": "\uffff\ufffe\U0010ffff\ue000",
    "lone-high": "\ud800",
    "lone-low": "a\udfffb",
    # Combining marks and emoji.
    "zalgo": ZALGO,
    "zalgo-words": "H\u0338\u0321\u032a\u032f\u0368e\u0328\u032c\u0329 c\u0337\u0319o\u036e",
    "family": "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",
    "flags": "\U0001f1ec\U0001f1e7 \U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c"
             "\U000e0073\U000e007f \U0001f1fa\U0001f1e6",
    "skin-keycap": "\U0001f44d\U0001f3fd 1\ufe0f\u20e3 \u2764\ufe0f",
    "wide": "\ufdfd" * 20 + "\U0001242b" * 20,
    "math-letters": "\U0001d573\U0001d58a\U0001d591\U0001d591\U0001d594",
    # Size.
    "ten-thousand": ("words and more words " * 500)[:10_000],
    "long-word": "A" * 10_000,
    "long-word-500": "Pneumonoultramicroscopicsilicovolcanoconiosis" * 11,
    "only-spaces": "          ",
    "only-newlines": "\n\n\n\n",
    "one-space": " ",
    # Things that look like instructions to something else.
    "path-up": "../../etc/passwd",
    "path-windows": "C:\\Windows\\System32\\config",
    "path-unc": "\\\\server\\share\\x",
    "file-url": "file:///etc/passwd",
    "url": "https://example.org/?q=<x>&y=1#\"frag\"",
    "data-url": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "js-url": "javascript:alert(document.cookie)",
    "shell": "$(rm -rf /) `reboot` ; rm -rf ~ & | cat /etc/shadow ${HOME}",
    "sql": "Robert'); DROP TABLE Students;--",
    "yaml": "!!python/object/apply:os.system ['ls']",
    "json": '{"schema_version": 2, "answers": []}',
    "quotes": "'\"`\u2018\u2019\u201c\u201d\\",
    # Real names in many scripts.
    "welsh": "Llŷr ap Gwŷn Ŵyn",
    "polish": "Zażółć gęślą jaźń, Łódź",
    "greek": "Αλέξανδρος Παπαδόπουλος",
    "cyrillic": "Ольга Сергеевна Иванова",
    "arabic": "محمد بن عبد الله",
    "hebrew-mixed": "David \u05d3\u05d5\u05d3 123 \u05db\u05d4\u05df",
    "cjk": "王秀英 山田太郎 김민준",
    "devanagari-thai": "श्री राम สมชาย",
    "vietnamese": "Nguy\u1ec5n Th\u1ecb Minh Khai",
    "decomposed": "Llyr\u0302 Zo\u0308e",
    "homoglyph": "\u0440\u0430\u0443\u0440\u0430l",
}

# A short list that covers each kind, for the slower paths (the PDF checked, the GUI).
REPRESENTATIVE = (
    "img-file", "js-link", "font-huge", "lt-amp", "cdata-end", "onerror", "rl-tags",
    "brace-name", "percent", "controls", "nul", "rlo", "isolates", "zero-width", "lone-high",
    "zalgo", "family", "flags", "ten-thousand", "long-word", "only-spaces", "only-newlines",
    "path-up", "shell", "welsh", "arabic", "cjk", "bom",
)
# Fewer still, one of each sort, for `make test-fast` (the rest are marked slow).
QUICK = ("img-file", "rlo", "welsh", "ten-thousand")


def quick_first(keys: tuple[str, ...] | list[str]) -> list:
    """The keys as pytest parameters, all but the QUICK ones marked slow."""
    import pytest

    return [k if k in QUICK else pytest.param(k, marks=pytest.mark.slow) for k in keys]
