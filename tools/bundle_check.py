"""Build the bundles and prove they work: `make bundle-check` runs this (CI does too).

Builds the plain bundle, a branded one from --profile, and a bare PySide6 + matplotlib baseline
the same way; packs the plain one into the Linux tarball and runs its smoke test from wherever it
was unpacked on a fresh data folder; runs the branded smoke test and checks it names the clinic,
and that its PDF report does too; prints build times, sizes and the ratio to the baseline.
Exits non-zero on any failure, or when the bundle grows past SIZE_LIMIT times the baseline (it
warns past SIZE_AIM).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from companion import APP_ID  # noqa: E402
from companion.content.branding import read_branding  # noqa: E402
from companion.content.library import load_library  # noqa: E402

# The aim is to stay within 1.2x a bare PySide6 + matplotlib window. The session player's sounds
# (QtMultimedia, which brings FFmpeg) cost about 0.12x on their own, so past the aim this warns;
# past the limit something heavy has crept in (QtWebEngine, a second toolkit) and CI fails.
SIZE_AIM = 1.2
SIZE_LIMIT = 1.4
SMOKE_TIMEOUT_S = 120


def folder_bytes(folder: Path) -> int:
    """Bytes of all files under `folder` (symlinks counted once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def mb(size: int) -> str:
    """Size in MB, one decimal."""
    return f"{size / 1_000_000:.1f} MB"


def timed(command: list[str], **kwargs: object) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run a command, returning its wall time and result (output captured as text)."""
    started = time.monotonic()
    result = subprocess.run(command, text=True, capture_output=True, check=False, **kwargs)  # type: ignore[call-overload]
    return time.monotonic() - started, result


def must(result: subprocess.CompletedProcess[str], what: str) -> None:
    """Stop with the command's output when it failed."""
    if result.returncode != 0:
        print(f"bundle-check: {what} failed (exit {result.returncode})", file=sys.stderr)
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(1)


def smoke(executable: Path, *args: str) -> tuple[float, str, str]:
    """Run a bundle's smoke test offscreen on a fresh data folder: time, output, report text."""
    from pypdf import PdfReader

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="bundle-smoke-") as data:
        seconds, result = timed(
            [str(executable), "--smoke-test", *(args or ("--data-dir", data))],
            env=env,
            timeout=SMOKE_TIMEOUT_S,
        )
        must(result, f"the smoke test of {executable}")
        report = Path(data) / "smoke-test-report.pdf"
        text = ""
        if report.exists():
            text = "\n".join(page.extract_text() for page in PdfReader(report).pages)
    return seconds, result.stdout.strip(), text


def main() -> int:
    """Build, smoke-test and measure; 0 when everything works and the size is in bounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, required=True, help="branding profile to build")
    parser.add_argument("--skip-build", action="store_true", help="check what dist/ holds")
    args = parser.parse_args()
    profile = args.profile.resolve()
    branding = read_branding(profile, load_library(REPO / "exercises"))
    make = os.environ.get("MAKE", "make")
    dist = REPO / "dist"
    plain, branded, baseline = (
        dist / APP_ID,
        dist / f"{APP_ID}-{profile.stem}",
        dist / "baseline",
    )

    figures: list[tuple[str, str]] = []
    if not args.skip_build:
        for label, target in (
            ("plain", ["bundle"]),
            ("branded", ["bundle", f"BRANDING={profile}"]),
            ("baseline", ["bundle-baseline"]),
        ):
            seconds, result = timed([make, "--no-print-directory", "-C", str(REPO), *target])
            must(result, f"building the {label} bundle")
            figures.append((f"build time, {label}", f"{seconds:.0f} s"))

    # The tarball, unpacked somewhere else, must run: nothing may point back into the repo.
    _, packed = timed([str(REPO / "packaging/linux/make_tarball.sh"), str(plain)])
    must(packed, "packing the tarball")
    tarball = Path(packed.stdout.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory(prefix="unpacked-") as elsewhere:
        with tarfile.open(tarball) as archive:
            archive.extractall(elsewhere, filter="tar")
        (unpacked,) = Path(elsewhere).iterdir()
        plain_seconds, plain_out, plain_report = smoke(unpacked / "companion")
    print(plain_out)
    if "branding: plain" not in plain_out or "progress report" not in plain_report:
        print("bundle-check: the plain bundle is not plain or wrote no report", file=sys.stderr)
        return 1

    branded_seconds, branded_out, branded_report = smoke(branded / "companion")
    print(branded_out)
    expected = f"branding: {branding.product_name} for {branding.clinic_name}"
    if expected not in branded_out:
        print(f"bundle-check: the branded smoke test should say {expected!r}", file=sys.stderr)
        return 1
    if branding.clinic_name not in branded_report:
        print("bundle-check: the branded report does not name the clinic", file=sys.stderr)
        return 1

    baseline_seconds, baseline_out, _ = smoke(baseline / "baseline", "--smoke-test")
    print(baseline_out)

    app_size, baseline_size = folder_bytes(plain), folder_bytes(baseline)
    ratio = app_size / baseline_size
    figures += [
        ("bundle size (folder)", mb(app_size)),
        ("branded bundle size", mb(folder_bytes(branded))),
        ("tarball size", mb(tarball.stat().st_size)),
        ("baseline size (folder)", mb(baseline_size)),
        ("size ratio to baseline", f"{ratio:.2f}x (aim: {SIZE_AIM}x, limit: {SIZE_LIMIT}x)"),
        ("smoke test, plain (from the unpacked tarball)", f"{plain_seconds:.1f} s"),
        ("smoke test, branded", f"{branded_seconds:.1f} s"),
        ("smoke test, baseline", f"{baseline_seconds:.1f} s"),
    ]
    width = max(len(name) for name, _ in figures)
    print("\nbundle figures")
    for name, value in figures:
        print(f"  {name:<{width}}  {value}")
    where = "see what grew with: du -sh dist/*/_internal/* | sort -h"
    if ratio > SIZE_LIMIT:
        print(f"bundle-check: the bundle is {ratio:.2f}x the baseline; {where}", file=sys.stderr)
        return 1
    if ratio > SIZE_AIM:
        print(
            f"bundle-check: warning: {ratio:.2f}x the baseline, over the {SIZE_AIM}x aim; {where}"
        )
    print("bundle-check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
