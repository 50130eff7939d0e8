"""gpast verify CODE_OR_FILE [--key FINGERPRINT]: is a certificate genuine, and what it certifies.

Exit status 0 when every certificate found is genuine (signed with this installation's key, or
with the key whose fingerprint --key gives); 1 when one is not, or none can be read."""

from __future__ import annotations

from app.commands import problem_text, t


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "verify", help=t("check that a certificate is genuine and print what it certifies")
    )
    p.add_argument(
        "what",
        metavar="CODE_OR_FILE",
        help=t("the code printed on a certificate, or a PDF, PNG or JPEG of certificates"),
    )
    p.add_argument(
        "--key",
        metavar="FINGERPRINT",
        help=t("the fingerprint of the issuer's key, as the issuer publishes it"),
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from pathlib import Path

    from app.cli import fail
    from app.services.attendance.certificate_codes import check, looks_like_code, own_public_key
    from app.services.attendance.certificate_files import codes_in_file

    if looks_like_code(args.what):
        codes, source = [args.what], t("the code")
    elif Path(args.what).exists():
        codes, source = codes_in_file(args.what), args.what
    else:
        return fail(
            t("{what}: neither a certificate code (GPC1:…) nor a file").format(what=args.what)
        )
    if not codes:
        return fail(
            t("{file}: no certificate code found (no readable QR code)").format(file=source)
        )
    own = own_public_key()
    genuine = 0
    for n, code in enumerate(codes, start=1):
        verdict = check(code, own_key=own, expected=args.key)
        if len(codes) > 1:
            print(
                t("Certificate {n} of {total} in {file}:").format(
                    n=n, total=len(codes), file=source
                )
            )
        print(_verdict_text(verdict, key_given=args.key is not None))
        genuine += verdict.genuine
    return 0 if genuine == len(codes) else 1


def _verdict_text(verdict, key_given: bool) -> str:
    lines = []
    if verdict.genuine:
        whose = (
            t("this installation's key")
            if verdict.whose == "own"
            else t("the key you gave with --key")
        )
        lines.append(
            t("GENUINE: signed with {whose} ({fingerprint}).").format(
                whose=whose, fingerprint=verdict.fingerprint
            )
        )
    elif verdict.signed and not key_given:  # intact, but signed with a key not known here
        lines.append(t("NOT CONFIRMED: {why}.").format(why=problem_text(verdict.problem)))
    else:
        lines.append(t("NOT GENUINE: {why}.").format(why=problem_text(verdict.problem)))
    what = verdict.certified
    if what is not None:
        lines.extend(certified_lines(what, verdict.genuine))
    return "\n".join(lines)


def certified_lines(what, genuine: bool) -> list[str]:
    """What a certificate says, one item a line (marked as unconfirmed when not genuine)."""
    from app.commands import russian
    from app.reports.certificate_summary import certified_items

    heading = t("It certifies:") if genuine else t("It says (not confirmed):")
    items = certified_items(what, "ru" if russian() else "en")
    return [heading] + [f"  {label}: {value}" for label, value in items]
