"""gpast signin-sheet CODE --out FILE.pdf | certificates CODE --out FILE.pdf"""

from __future__ import annotations

from app.commands import open_db, pdf_path, t


def register(subparsers) -> None:
    for name, help_text, handler in (
        ("signin-sheet", t("sign-in sheets for a training session, one per day"), run_signin),
        ("certificates", t("certificates for everyone present or late on a day"), run_certificates),
    ):
        p = subparsers.add_parser(name, help=help_text)
        p.add_argument("code", metavar="CODE", help=t("the training session's code"))
        p.add_argument("--out", required=True, metavar="FILE.pdf")
        p.add_argument(
            "--lang", choices=("en", "ru"), default="en", help=t("the document's language")
        )
        p.set_defaults(handler=handler)


def _roster(args):
    from app.services.attendance.roster import roster, training_by_code

    with open_db(args) as db:
        training = training_by_code(db, args.code)
        return roster(db, training["id"])


def _write(build, data, out: str, lang: str = "en") -> None:
    build(data, out, lang)  # whole or nothing; a file that cannot be written is named (app.files)


def run_signin(args) -> int:
    from app.reports.attendance_documents import build_signin_sheets

    args.out = pdf_path(args.out)
    data = _roster(args)
    _write(build_signin_sheets, data, args.out, args.lang)
    print(
        t("{out}: {days} sign-in sheet(s), {people} people").format(
            out=args.out, days=len(data["days"]), people=len(data["people"])
        )
    )
    return 0


def run_certificates(args) -> int:
    from app.reports.certificates import build_certificates
    from app.services.attendance.certificate_codes import certificate_data
    from app.services.attendance.roster import attendees, training_by_code

    args.out = pdf_path(args.out)
    with open_db(args) as db:
        data = certificate_data(db, training_by_code(db, args.code)["id"])
    _write(build_certificates, data, args.out, args.lang)
    print(t("{out}: {n} certificate(s)").format(out=args.out, n=len(attendees(data))))
    return 0
