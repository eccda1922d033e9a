#!/usr/bin/env python3
"""Writes the committed part of the hostile-file corpus (files/): things that are
not SQLite databases at all. The SQLite-based hostile files are built by the
engine test (crates/stratege-engine/tests/hostile.rs) from a real export, so they
follow the schema. Run from anywhere: python3 tests/hostile/make_static.py"""
import io, os, random, struct, zipfile, zlib

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")
os.makedirs(here, exist_ok=True)

def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)

def png(width=4, height=4):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))

def archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("strategy.json", '{"title": "not a strategy"}')
    return buffer.getvalue()

write("empty.strategy", b"")
write("text.strategy", "Bonjour, ceci n’est pas une stratégie.\n".encode())
write("json.strategy", b'{"meta": {"id": "x", "title": "Strat\\u00e8ge"}, "personas": []}\n')
write("image-renamed.strategy", png())
write("archive.strategy", archive())
write("random.strategy", random.Random(8).randbytes(8192))
# Only the magic string: SQLite's header is 100 bytes.
write("header-only.strategy", b"SQLite format 3\x00")
