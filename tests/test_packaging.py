"""The wheel a user installs carries the styles and the sample articles, and works outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(REPO),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("briefing-*.whl")
    return built


def test_wheel_carries_styles_and_samples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    styles = {Path(n).name for n in names if n.startswith("briefing/styles/") and n.endswith(".tcss")}
    expected_styles = {p.name for p in (REPO / "styles").glob("*.tcss")}
    assert expected_styles and styles == expected_styles
    samples = {Path(n).name for n in names if n.startswith("briefing/sample_articles/")}
    expected_samples = {p.name for p in (REPO / "sample_articles").iterdir() if p.is_file()}
    assert expected_samples and samples == expected_samples
    assert "briefing/cli.py" in names
    assert not any(n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "briefing = briefing.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_finds_its_files_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = (
        "import json, briefing.resources as r; "
        "print(json.dumps([str(r.styles_dir()), str(r.samples_dir()), r.__file__]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    styles, samples, module = json.loads(done.stdout)
    assert module.startswith(str(target))
    assert styles.startswith(str(target)) and any(Path(styles).glob("*.tcss"))
    assert samples.startswith(str(target)) and any(Path(samples).iterdir())
    # The installed command ingests the bundled samples without the checkout.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from briefing.cli import main; sys.exit(main(sys.argv[1:]))",
            "analyze",
            "--format",
            "json",
            samples,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    titles = [json.loads(line)["article"]["title"] for line in done.stdout.splitlines()]
    assert len(titles) >= 6 and all(titles)
