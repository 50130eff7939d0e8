"""gpast attendance-scan FILE... [--apply]: signed sign-in sheets read back from scans or photos."""

from __future__ import annotations

import sys

from app.commands import open_db, problem_text, t


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "attendance-scan",
        help=t("read signed sign-in sheets from scans or photos (PDF, PNG, JPEG, TIFF)"),
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--apply",
        action="store_true",
        help=t("record present for every signed row (without it nothing is changed)"),
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from app.services.scanning.reading import NOT_SIGNED, SIGNED
    from app.services.scanning.scans import read_scans, save_present

    words = {SIGNED: t("signed"), NOT_SIGNED: t("not signed")}
    unsure = t("not signed (uncertain: look at the box)")
    with open_db(args) as db:
        result = read_scans(db, args.files)
        for sheet in result.sheets:
            print(
                t(
                    "{file} page {page}: {code} «{title}», day {n} of {days} ({day}), sheet {sheet}"
                ).format(
                    file=sheet.file,
                    page=sheet.page,
                    code=sheet.code,
                    title=sheet.title,
                    n=sheet.day_number,
                    days=sheet.days,
                    day=sheet.day.isoformat(),
                    sheet=sheet.sheet_page,
                )
            )
            for row in sheet.rows:
                print(f"  {row.row:>3}  {row.name}: {words.get(row.verdict, unsure)}")
            for box in sheet.walk_ins:
                print(
                    "  "
                    + t("walk-in: {file} page {page}, row {row}: type it in").format(
                        file=sheet.file, page=sheet.page, row=box.row
                    )
                )
        for unread in result.unread:
            reason = problem_text(unread.reason)
            if unread.page:  # a whole file's reason names the file itself
                where = t("{file} page {page}").format(file=unread.file, page=unread.page)
                reason = f"{where}: {reason}"
            print(f"gpast: {reason}", file=sys.stderr)
        if result.unread:
            if args.apply:
                print(t("nothing was recorded: some pages could not be read"), file=sys.stderr)
            return 1
        if not args.apply:
            return 0
        people = {
            (s.training_id, r.person_id): (s.code, r.name) for s in result.sheets for r in s.rows
        }
        saved = save_present(db, result.proposed(), list(args.files))
        print(t("recorded present: {n}").format(n=len(saved.recorded)))
        for tid, pid, day, status in saved.kept:
            code, name = people[(tid, pid)]
            print(
                t("kept: {code} {name}, {day}: {status}").format(
                    code=code, name=name, day=day.isoformat(), status=status
                )
            )
    return 0
