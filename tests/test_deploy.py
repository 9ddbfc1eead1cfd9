"""The container image definition and the Kubernetes manifest, checked statically; building and
running the image (podman, scripts/container-check.sh) is the last test, where root can run podman."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from benefits_calc.web import create_app, settings

ROOT = Path(__file__).resolve().parent.parent
CONTAINERFILE = (ROOT / "Containerfile").read_text(encoding="utf-8")
MANIFEST = list(yaml.safe_load_all((ROOT / "deploy" / "kubernetes.yaml").read_text(encoding="utf-8")))
DEPLOY_DOC = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")


def final_stage() -> str:
    return CONTAINERFILE.rsplit("\nFROM ", 1)[1]


def test_image_runs_as_a_user_without_root() -> None:
    users = re.findall(r"^USER (\S+)", final_stage(), re.M)
    assert users and all(not u.startswith(("0", "root")) for u in users)
    assert re.search(r"useradd[^\n]*--uid 10001", final_stage())


def test_image_serves_on_all_interfaces_and_checks_health() -> None:
    stage = final_stage()
    assert 'CMD ["benefits-calc", "serve"]' in stage
    assert "BENEFITS_CALC_HOST=0.0.0.0" in stage
    assert "/healthz" in re.search(r"HEALTHCHECK.*?CMD (.*)", stage, re.S).group(1)  # type: ignore[union-attr]


def test_image_copies_everything_the_package_is_built_from() -> None:
    """setup.py maps these folders into the package; pyproject reads README.md and LICENSE."""
    copied = set(re.findall(r"^COPY (?!--from)(.+) \S+$", CONTAINERFILE, re.M))
    words = {w for line in copied for w in line.split()}
    for needed in (
        "pyproject.toml",
        "setup.py",
        "README.md",
        "LICENSE",
        "benefits_calc",
        "rules",
        "web",
        "examples",
    ):
        assert needed in words, needed
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert not {"README.md", "LICENSE", "rules", "web", "examples", "benefits_calc"} & set(ignored)


def test_image_writes_only_to_tmp() -> None:
    stage = final_stage()
    for var in ("HOME=/tmp", "TMPDIR=/tmp", "XDG_CACHE_HOME=/tmp/cache", "PYTHONDONTWRITEBYTECODE=1"):
        assert var in stage


def container() -> dict[str, Any]:
    deployment = next(d for d in MANIFEST if d["kind"] == "Deployment")
    return deployment["spec"]["template"]["spec"]["containers"][0]


def test_manifest_is_non_root_with_a_read_only_root() -> None:
    deployment = next(d for d in MANIFEST if d["kind"] == "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == 10001
    sc = container()["securityContext"]
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    mounts = {m["mountPath"] for m in container()["volumeMounts"]}
    assert "/tmp" in mounts
    assert deployment["spec"]["replicas"] >= 2


def test_manifest_probes_answer() -> None:
    client = create_app({"TESTING": True}).test_client()
    for probe in ("readinessProbe", "livenessProbe"):
        path = container()[probe]["httpGet"]["path"]
        assert client.get(path).status_code == 200


def test_every_variable_in_the_manifest_is_read_and_documented() -> None:
    names = [e["name"] for e in container()["env"]]
    assert "BENEFITS_CALC_SECRET_KEY" in names
    for name in names:
        assert name.removeprefix(settings.PREFIX) in settings.VARIABLES, name
    for var in settings.VARIABLES:
        assert f"BENEFITS_CALC_{var}" in DEPLOY_DOC, var
    for name in re.findall(r"BENEFITS_CALC_[A-Z_]+", DEPLOY_DOC):
        var = name.removeprefix(settings.PREFIX).rstrip("_")
        assert var in settings.VARIABLES or var == "BUILD_IMAGE", name  # BUILD_IMAGE: the tests


def can_build_image() -> bool:
    """scripts/container-check.sh needs root and podman, or apt-get to install it."""
    return os.geteuid() == 0 and bool(shutil.which("podman") or shutil.which("apt-get"))


@pytest.mark.skipif(
    os.environ.get("BENEFITS_CALC_BUILD_IMAGE") == "0" or not can_build_image(),
    reason="needs root and podman (or apt-get to install it); BENEFITS_CALC_BUILD_IMAGE=0 leaves it out",
)
def test_build_and_run_the_image() -> None:
    """Build the image (on a stand-in base made with debootstrap unless BASE names one), run it
    read-only as uid 10001 and check /healthz, its HEALTHCHECK, a result page, a PDF and the API."""
    out = subprocess.run(
        ["bash", "scripts/container-check.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(out.stdout)
    assert out.returncode == 0, (out.stdout + out.stderr)[-3000:]
    assert "all checks passed" in out.stdout
