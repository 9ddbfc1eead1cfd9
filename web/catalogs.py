"""The translation catalogs (web/translations/<lang>/LC_MESSAGES/messages.po): extract, merge,
fill, compile and check. Run from the repository root::

    python -m benefits_calc.web.catalogs update   # re-extract, merge into sv/da/fi/en, compile, report gaps
    python -m benefits_calc.web.catalogs check    # report missing translations only (exit 1 if any)
    python -m benefits_calc.web.catalogs fill T.json  # {"English": {"sv": …, "da": …}} into catalogs
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benefits_calc.web.i18n import LANGUAGES, TRANSLATED, TRANSLATIONS_DIR, WEB_DIR

from benefits_calc.messages import all_messages


def _repo_root() -> Path:
    return WEB_DIR.parent


def missing_translations(lang: str) -> list[str]:
    """Message ids (English templates) that have no (non-fuzzy) translation in `lang`'s catalog.

    Covers the rule messages (all_messages()) and every string extracted into the .pot file.
    """
    from babel.messages.pofile import read_po

    po_path = TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not po_path.exists():
        return sorted(set(all_messages().values()))
    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    wanted = set(all_messages().values())
    pot_path = TRANSLATIONS_DIR / "messages.pot"
    if pot_path.exists():
        with pot_path.open("rb") as fh:
            wanted |= {m.id for m in read_po(fh) if m.id and isinstance(m.id, str)}
    missing = []
    for msgid in sorted(wanted):
        m = catalog.get(msgid)
        if m is None or not m.string or m.fuzzy:
            missing.append(msgid)
    return missing


def _run_babel(*args: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    CommandLineInterface().run(["pybabel", "-q", *args])


def extract() -> None:
    root = _repo_root()
    _run_babel(
        "extract",
        "-F",
        str(WEB_DIR / "babel.cfg"),
        "-k",
        "N_",
        "-k",
        "lazy_gettext",
        "--no-location",
        "--sort-output",
        "-o",
        str(TRANSLATIONS_DIR / "messages.pot"),
        str(root / "web"),
        str(root / "benefits_calc"),
        str(root / "rules"),
    )
    _add_parameter_labels(TRANSLATIONS_DIR / "messages.pot")


def parameter_labels() -> set[str]:
    """The labels of every parameter (rules/<cc>/params/*.toml): shown to readers next to a figure
    that is not verified, so they are translated like the rule messages."""
    import tomllib

    labels: set[str] = set()
    rules = _repo_root() / "rules"  # the repository's rules/ or, installed, benefits_calc/rules
    for path in sorted(rules.glob("*/params/*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        labels |= {v["label"] for v in data.values() if isinstance(v, dict) and v.get("label")}
    return labels


def _add_parameter_labels(pot: Path) -> None:
    from babel.messages.pofile import read_po, write_po

    with pot.open("rb") as fh:
        catalog = read_po(fh)
    for label in sorted(parameter_labels()):
        if label not in catalog:
            catalog.add(label, locations=[("rules/params", 0)], auto_comments=["parameter label"])
    with pot.open("wb") as fh:
        write_po(fh, catalog, sort_output=True, omit_header=False, no_location=True)


def _catalog_files() -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob("messages.pot")) + sorted(TRANSLATIONS_DIR.glob("*/LC_MESSAGES/*"))


def _content(path: Path) -> list[tuple[Any, Any, bool]]:
    """A catalog's messages without its header (whose dates change on every run)."""
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        return [(m.id, m.string, m.fuzzy) for m in read_po(fh) if m.id]


def update() -> None:
    """Re-extract, merge into each catalog (new ids empty), compile, report what is missing.

    When no message changed, the files are left exactly as they were (no date-only diffs)."""
    before = {p: p.read_bytes() for p in _catalog_files()}
    old = {p: _content(p) for p in before if p.suffix in (".po", ".pot")}
    _update()
    if all(p.exists() and _content(p) == content for p, content in old.items()):
        for p, data in before.items():
            p.write_bytes(data)


def _update() -> None:
    extract()
    pot = str(TRANSLATIONS_DIR / "messages.pot")
    for lang in LANGUAGES:
        po = TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po"
        if po.exists():
            _run_babel(
                "update",
                "-i",
                pot,
                "-d",
                str(TRANSLATIONS_DIR),
                "-l",
                lang,
                "--no-fuzzy-matching",
                "--ignore-obsolete",
            )
        else:
            _run_babel("init", "-i", pot, "-d", str(TRANSLATIONS_DIR), "-l", lang)
    compile_catalogs()


def compile_catalogs() -> None:
    """.po -> .mo for every language (fuzzy entries left out).

    Written with Babel's API rather than `pybabel compile`: pybabel takes rule messages such as
    "25 % of {amount}" for %-format strings and reports correct translations as errors; rule
    messages use {name} placeholders only (the placeholder test checks them)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for lang in LANGUAGES:
        po = TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po"
        if not po.exists():
            continue
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        with po.with_suffix(".mo").open("wb") as fh:
            write_mo(fh, catalog, use_fuzzy=False)


def fill(path: str | Path) -> int:
    """Write translations from a JSON file ``{"English msgid": {"sv": "...", "da": "...", "fi": "..."}}``
    into the catalogs (an id not in a catalog yet is added), then compile. Returns how many were
    written. For translators and reviewers who work on a list rather than on four .po files."""
    import json

    from babel.messages.pofile import read_po, write_po

    wanted: dict[str, dict[str, str]] = json.loads(Path(path).read_text(encoding="utf-8"))
    written = 0
    for lang in TRANSLATED:  # English is the source language: its catalog stays empty
        po = TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po"
        if not po.exists():
            continue
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        changed = False
        for msgid, by_lang in wanted.items():
            text = by_lang.get(lang)
            if not text:
                continue
            m = catalog.get(msgid)
            if m is None:
                catalog.add(msgid, text)
            elif m.string != text or m.fuzzy:
                m.string, m.flags = text, set(m.flags) - {"fuzzy"}
            else:
                continue
            changed, written = True, written + 1
        if changed:
            with po.open("wb") as fh:
                write_po(fh, catalog, sort_output=True, no_location=True)
    compile_catalogs()
    return written


def report(out: Callable[[str], Any] = print) -> int:
    total = 0
    for lang in TRANSLATED:
        missing = missing_translations(lang)
        total += len(missing)
        out(f"{lang}: {len(missing)} missing")
        for m in missing:
            out(f"    {m[:100]!r}")
    return total


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    cmd = args[0] if args else "check"
    if cmd == "update":
        update()
    elif cmd == "compile":
        compile_catalogs()
        return 0
    elif cmd == "fill" and len(args) == 2:
        print(f"{fill(args[1])} translations written")
        return 1 if report() else 0
    elif cmd != "check":
        print("usage: python -m benefits_calc.web.catalogs [update|check|compile|fill FILE.json]")
        return 2
    return 1 if report() else 0


if __name__ == "__main__":
    raise SystemExit(main())
