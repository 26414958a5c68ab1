"""Makes herald's embedded fonts (src/pdf/fonts/HeraldSans-*.ttf.gz) from Carlito.

Keeps the characters Latvian, Lithuanian and English text and its punctuation need, plus the
rest of the Latin alphabets, Greek and the common symbols (see RANGES), with every OpenType
feature Carlito has for them; drops Cyrillic, polytonic Greek, Vietnamese and phonetic letters
and the hinting instructions (the PDFs and the share cards draw outlines, never hinted pixels).
The SIL Open Font License reserves the name "Carlito" for the original, so the subset is
renamed "Herald Sans".

Run from the repository's root, with fontTools 4.69.1 (`pip install fonttools==4.69.1`):

    python3 vendor/carlito/subset.py

The output is byte-for-byte the same on every run (fixed gzip header, no timestamps).
"""

import gzip
import io
import logging
import pathlib

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "Herald Sans"
STYLES = ["Regular", "Bold", "Italic", "BoldItalic"]
SOURCE = pathlib.Path("vendor/carlito")
TARGET = pathlib.Path("src/pdf/fonts")

RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B: every European Latin letter
    (0x02B0, 0x036F),  # spacing modifiers (ˇ ˘ ˙ ˛ ˝) and what Carlito has of the combining marks
    (0x0370, 0x03FF),  # Greek (α, Δ, µ, Ω in units and formulas)
    (0x2000, 0x206F),  # punctuation: dashes, „quotes“, …, bullets, thin spaces
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency: €
    (0x2100, 0x218F),  # letterlike symbols and number forms: №, ™, ½
    (0x2190, 0x23FF),  # arrows, mathematical operators, technical symbols
    (0x2460, 0x27BF),  # enclosed numbers, boxes, shapes, dingbats
    (0xFB00, 0xFB06),  # ligatures
    ]


def unicodes():
    return [c for lo, hi in RANGES for c in range(lo, hi + 1)]


def rename(font, style):
    """Replaces the reserved name in every name record that names the font."""
    postscript = "HeraldSans-" + style
    full = FAMILY + ("" if style == "Regular" else " " + style.replace("BoldItalic", "Bold Italic"))
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = "1.103;herald;" + postscript
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 5:
            record.string = "Version 1.103; subset of Carlito 1.103 for herald"
        elif record.nameID in (7, 10):
            # The trademark and description speak of Carlito, which this font is not.
            record.string = "Herald Sans is a subset of Carlito, renamed as the SIL Open Font License requires."


def make(style):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.glyph_names = False
    options.recalc_timestamp = False
    source = gzip.decompress((SOURCE / f"Carlito-{style}.ttf.gz").read_bytes())
    font = TTFont(io.BytesIO(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(font)
    rename(font, style)
    out = io.BytesIO()
    font.save(out)
    packed = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=packed, compresslevel=9, mtime=0) as z:
        z.write(out.getvalue())
    (TARGET / f"HeraldSans-{style}.ttf.gz").write_bytes(packed.getvalue())
    return len(source), len(out.getvalue()), len(packed.getvalue())


if __name__ == "__main__":
    # Carlito's creation date is before 1970 in the font's own clock; fontTools says so, harmlessly.
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    for style in STYLES:
        before, after, packed = make(style)
        print(f"{style}: {before} -> {after} bytes ({packed} gzipped)")
