"""A generator of hostile and malformed inputs, mixed with good pages, for the fuzz tests and
bench/fuzz_bench.py. Every class of input that once crashed, hung, exhausted or silently
vanished in Crossings has a maker here; all text is invented.

    write_corpus(folder, n_hostile, n_good, seed, bomb_bytes) -> [Input(path, kind, good)]
"""
from __future__ import annotations

import io
import json
import os
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = ["the river crossing", "the northern port", "a border village", "the coastal town"]
ACTORS = ["Border guards", "Coast guard officers", "Local officials", "Aid workers"]
THINGS = ["new arrivals", "fishing boats", "road closures", "trade deliveries"]
SUFFIXES = [".txt", ".html", ".xml", ".rss", ".jsonl", ".warc", ".warc.gz", ".arc", ".bin", ""]


@dataclass(frozen=True)
class Input:
    path: Path  # what is passed to `crossings ingest`
    kind: str  # the maker's name
    good: bool = False  # a good page: must end stored


def article(rng: random.Random, tag: int) -> str:
    """An invented news article, unique by `tag`."""
    lines = [f"Report {tag}: {rng.choice(ACTORS)} count {rng.choice(THINGS)} near {rng.choice(PLACES)}", ""]
    for _ in range(rng.randint(3, 8)):
        lines.append(f"{rng.choice(ACTORS)} counted {rng.randint(2, 900)} {rng.choice(THINGS)} near "
                     f"{rng.choice(PLACES)} on day {rng.randint(1, 28)}, according to note {tag}-{rng.randint(1, 10**9)}.")
    return "\n".join(lines) + "\n"


def html_page(rng: random.Random, tag: int) -> str:
    paras = "".join(f"<p>{line}</p>" for line in article(rng, tag).splitlines()[2:])
    return (f"<!doctype html><html><head><title>Report {tag}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Report {tag} from the border</h1>{paras}</article><footer>Copyright</footer></body></html>")


def warc_bytes(pages: list[tuple[str, str]], gz: bool = True) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                      http_headers=headers))
    return out.getvalue()


def gzip_of_zeros(size: int, head: bytes = b"") -> bytes:
    """A gzip member that expands to `head` then `size` zero bytes (about size/1000 compressed)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk, parts, left = bytes(1 << 20), [packer.compress(head)], size
    while left > 0:
        parts.append(packer.compress(chunk[: min(left, len(chunk))]))
        left -= len(chunk)
    parts.append(packer.flush())
    return b"".join(parts)


# makers: (folder, rng, n, ctx) -> paths to pass to ingest ------------------------------------
def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


def empty(folder, rng, n, ctx):
    return [_write(folder, f"empty{n}{rng.choice(SUFFIXES)}", rng.choice([b"", b" \n\t\r\n", b"\xef\xbb\xbf"]))]


def random_bytes(folder, rng, n, ctx):
    return [_write(folder, f"random{n}{rng.choice(SUFFIXES)}", rng.randbytes(rng.randint(1, 20000)))]


def random_text(folder, rng, n, ctx):
    alphabet = "abc <>&;#\"'{}[]\\/\n\x00\x07\x1b\u00e9\ud55c\u0000\ufeff\u202e"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5000)))
    return [_write(folder, f"text{n}{rng.choice(SUFFIXES)}", text.encode("utf-8"))]


def surrogate_manifest(folder, rng, n, ctx):
    field = rng.choice(["id", "text", "title", "url", "published", "lang", "path", "html"])
    rec = {"id": f"s{n}", "text": article(rng, n)}
    rec[field] = rng.choice(["\\ud800", "x\\udfff", "\\ud83d", "ok\\ud800\\ud800"]) + (rec.get(field) or "")
    line = json.dumps(rec).replace("\\\\u", "\\u")  # a JSON escape of a lone surrogate
    return [_write(folder, f"surrogate{n}.jsonl", line + "\n")]


def nested_json(folder, rng, n, ctx):
    depth = rng.choice([40, 1000, 5000, 100_000])
    body = rng.choice([("[" * depth) + ("]" * depth), '{"a":' * depth + "1" + "}" * depth,
                       '{"id": "n", "text": ' + "[" * depth + "]" * depth + "}"])
    return [_write(folder, f"nested{n}.jsonl", body + "\n" + json.dumps({"id": f"ok{n}", "text": "x"}) + "\n")]


def broken_manifest(folder, rng, n, ctx):
    lines = ['{"id": "b", "text": ', "[1, 2]", "null", '"just a string"', '{"id": ["x"], "text": 5}',
             '{"id": 1e999, "text": "  "}', '{"id": "big", "text": "' + "9" * 5000 + '"', "\x00\x01",
             '{"path": 7}', '{"path": "\\u0000x"}', '{"id": "' + "i" * 100 + '", "html": "<p></p>"}']
    return [_write(folder, f"broken{n}.jsonl", "\n".join(rng.sample(lines, rng.randint(1, len(lines)))))]


def path_escape(folder, rng, n, ctx):
    sub = folder / f"escape{n}"
    sub.mkdir()
    (sub / "link-out").symlink_to("/etc/hostname")
    recs = [{"id": f"e{n}a", "path": "../../../../etc/passwd"}, {"id": f"e{n}b", "path": "/etc/hostname"},
            {"id": f"e{n}c", "path": "link-out"}, {"id": f"e{n}d", "path": "missing.txt"}]
    return [_write(sub, "m.jsonl", "\n".join(json.dumps(r) for r in rng.sample(recs, rng.randint(1, 4))))]


def deep_html(folder, rng, n, ctx):
    depth = rng.choice([300, 5000, 50_000, 200_000])
    tag = rng.choice(["div", "span", "b", "table><tr><td", "ul><li"])
    return [_write(folder, f"deep{n}.html", "<html><body>" + f"<{tag}>" * depth + "deep text" + "</div>" * 10)]


def many_tags_html(folder, rng, n, ctx):
    count = rng.choice([50_000, 500_000, 2_000_000])
    return [_write(folder, f"tags{n}.html", "<html><body>" + rng.choice(["<a>", "<br>", "<p>x", "<!-- -->"]) * count)]


def hostile_html(folder, rng, n, ctx):
    bits = ["<script>alert(1)</script>", "&#xD800;", "&#0;", "&#x110000;", "<![CDATA[", "<?php ?>",
            "<svg onload=alert(1)>", "<meta charset='utf-7'>", "+ADw-script+AD4-", "<base href='file:///'>",
            "<iframe src=javascript:1>", "\u202e", "<p>" + "x" * 100_000, "<html " + "a='1' " * 20_000 + ">"]
    return [_write(folder, f"hostile{n}.html", "<html><body>" + "".join(rng.choices(bits, k=rng.randint(1, 12))))]


def truncated_warc(folder, rng, n, ctx):
    whole = warc_bytes([(f"https://w{n}.example/{i}", html_page(rng, n * 100 + i)) for i in range(3)],
                       gz=rng.random() < 0.5)
    cut = rng.randint(1, len(whole) - 1)
    suffix = ".warc.gz" if whole.startswith(b"\x1f\x8b") else ".warc"
    return [_write(folder, f"cut{n}{suffix}", whole[:cut])]


def warc_bad_length(folder, rng, n, ctx):
    length = rng.choice(["18446744073709551616", "-5", "abc", "99999999999999999999999", "1e9", ""])
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hello</p>"
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/{n}\r\n"
            f"WARC-Record-ID: <urn:uuid:{n}>\r\nContent-Length: {length}\r\n\r\n").encode()
    return [_write(folder, f"badlen{n}.warc", head + body + b"\r\n\r\n")]


def warc_long_line(folder, rng, n, ctx):
    data = b"WARC/1.0\r\nWARC-Type: response\r\nX: " + b"a" * rng.choice([70_000, 3_000_000]) + b"\r\n"
    return [_write(folder, f"longline{n}.warc", data)]


def warc_no_pages(folder, rng, n, ctx):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record(f"info{n}.warc.gz", {"software": "none"}))
    return [_write(folder, f"nopages{n}.warc.gz", out.getvalue())]


def gzip_bomb(folder, rng, n, ctx):
    """Zeros only, or a well-formed WARC header whose gzip member then expands to zeros."""
    template = rng.choice(["bomb", "record_bomb"])
    path = folder / f"{template}{n}{rng.choice(['.warc.gz', '.arc.gz'])}"
    os.link(ctx[template], path)  # built once: compressing a gigabyte takes seconds
    return [path]


def hostile_feed(folder, rng, n, ctx):
    laughs = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' +
              "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi")) +
              ']><rss><channel><item><title>&i;</title></item></channel></rss>')
    deep = '<?xml version="1.0"?><rss><channel>' + "<item>" * 50_000 + "</rss>"
    empty_items = '<?xml version="1.0"?><rss><channel>' + "<item><title>t</title></item>" * 50 + "</channel></rss>"
    ents = ('<?xml version="1.0"?><rss><channel><item><title>&#xD800;</title><description>' +
            "&lt;p&gt;" + "words " * 60 + "&#xD800;</description></item></channel></rss>")
    return [_write(folder, f"feed{n}{rng.choice(['.xml', '.rss', '.atom'])}", rng.choice([laughs, deep, empty_items, ents]))]


def symlinks(folder, rng, n, ctx):
    sub = folder / f"links{n}"
    sub.mkdir()
    (sub / "a.txt").symlink_to(sub / "b.txt")
    (sub / "b.txt").symlink_to(sub / "a.txt")
    (sub / "up").symlink_to(sub)  # a folder that contains itself
    (sub / "out.txt").symlink_to("/etc/hostname")
    (sub / "dangling.txt").symlink_to(sub / "nowhere")
    (sub / "page.txt").write_text(article(rng, 10**7 + n))  # the one good page inside: stored once
    return [sub, sub / "a.txt"]


def special_files(folder, rng, n, ctx):
    fifo = folder / f"fifo{n}.txt"
    os.mkfifo(fifo)
    locked = _write(folder, f"locked{n}.txt", article(rng, 2 * 10**7 + n))
    locked.chmod(0)
    empty_dir = folder / f"emptydir{n}"
    empty_dir.mkdir()
    return [fifo, locked, empty_dir]


def odd_names(folder, rng, n, ctx):
    raw = os.fsencode(folder) + b"/odd\xff\xfe" + str(n).encode() + b".txt"
    with open(raw, "wb") as f:
        f.write(article(rng, 3 * 10**7 + n).encode())
    return [Path(os.fsdecode(raw))]


def huge_files(folder, rng, n, ctx):
    path = folder / f"huge{n}{rng.choice(['.txt', '.jsonl', '.warc', '.xml'])}"
    with open(path, "wb") as f:
        f.truncate(rng.choice([3 << 30, 25_000_000]))  # sparse: no disk, but reads see zeros
    return [path]


def long_manifest_line(folder, rng, n, ctx):
    path = folder / f"longline{n}.jsonl"
    with open(path, "wb") as f:
        f.write(b'{"id": "long", "text": "')
        f.write(b"word " * 5_000_000)
        f.write(b'"}\n' + json.dumps({"id": f"after{n}", "text": article(rng, 4 * 10**7 + n)}).encode() + b"\n")
    return [path]


def legacy_encodings(folder, rng, n, ctx):
    text = "국경 경비대 소식 " * rng.randint(1, 50) + "\n" + article(rng, 5 * 10**7 + n)
    codec = rng.choice(["cp949", "utf-16", "utf-32", "latin-1", "shift_jis", "utf-7"])
    return [_write(folder, f"enc{n}.txt", text.encode(codec, errors="replace"))]


MAKERS: dict[str, Callable] = {f.__name__: f for f in (
    empty, random_bytes, random_text, surrogate_manifest, nested_json, broken_manifest, path_escape,
    deep_html, many_tags_html, hostile_html, truncated_warc, warc_bad_length, warc_long_line, warc_no_pages,
    gzip_bomb, hostile_feed, symlinks, special_files, odd_names, huge_files,
    long_manifest_line, legacy_encodings)}
# the costly ones (big writes) are drawn less often
WEIGHTS = {name: 0.1 if name in ("long_manifest_line", "many_tags_html") else 1.0 for name in MAKERS}


def good_page(folder: Path, rng: random.Random, n: int) -> Path:
    kind = rng.choice(["txt", "html", "jsonl", "warc.gz"])
    if kind == "txt":
        return _write(folder, f"good{n}.txt", article(rng, 9 * 10**8 + n))
    if kind == "html":
        return _write(folder, f"good{n}.html", html_page(rng, 9 * 10**8 + n))
    if kind == "jsonl":
        return _write(folder, f"good{n}.jsonl", json.dumps({"id": f"good{n}", "text": article(rng, 9 * 10**8 + n)}) + "\n")
    return _write(folder, f"good{n}.warc.gz", warc_bytes([(f"https://good.example/{n}", html_page(rng, 9 * 10**8 + n))]))


def write_corpus(folder: Path, n_hostile: int, n_good: int, seed: int = 16,
                 bomb_bytes: int = 1 << 30, kinds: list[str] | None = None) -> list[Input]:
    """Hostile inputs of every kind (round-robin over `kinds`, then weighted draws) and good
    pages, shuffled together."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://b.example/\r\n"
            f"Content-Length: {bomb_bytes}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n").encode()
    ctx = {"bomb": folder / "template.bomb", "record_bomb": folder / "template.record-bomb"}
    ctx["bomb"].write_bytes(gzip_of_zeros(bomb_bytes))
    ctx["record_bomb"].write_bytes(gzip_of_zeros(bomb_bytes, head))
    names = kinds or list(MAKERS)
    inputs: list[Input] = []
    for n in range(n_hostile):
        name = names[n] if n < len(names) else rng.choices(names, [WEIGHTS.get(k, 1) for k in names])[0]
        inputs += [Input(p, name) for p in MAKERS[name](folder, rng, n, ctx)]
    inputs += [Input(good_page(folder, rng, n), "good", good=True) for n in range(n_good)]
    rng.shuffle(inputs)
    return inputs

