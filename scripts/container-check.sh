#!/usr/bin/env bash
# Build the image from Containerfile with podman, run it as it runs in production (read-only root,
# tmpfs /tmp, uid 10001) and check it from outside: /healthz, the image's own HEALTHCHECK, the user,
# the read-only root, a result page, a PDF summary, an API calculate (scripts/container_smoke.py).
#
#   bash scripts/container-check.sh            # prints what it measured; exit 1 when a check fails
#
# Works on a machine without Docker Hub: unless BASE names a base image, it builds a stand-in for
# python:3.11-slim-bookworm from Debian bookworm's own packages with debootstrap (Python 3.11.2,
# python3-venv, pip) and imports it as localhost/python:3.11-slim-bookworm (kept between runs;
# REBUILD_BASE=1 makes it again). Needs root and: apt-get install podman runc debootstrap
# (this script installs them when they are missing and it runs as root on Debian).
#
# Environment: BASE (an image to build on instead, e.g. docker.io/library/python:3.11-slim-bookworm),
# WORKDIR (where the debootstrap tree is made, then removed; default ${TMPDIR:-/tmp}),
# DEBIAN_MIRROR (default http://deb.debian.org/debian), PORT (host port; default a free one),
# KEEP=1 (leave the container running). docs/deploy.md explains every work-around below.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
elapsed() { echo $(($(date +%s) - started)); }
say() { echo "container-check [$(elapsed) s]: $*"; }

if [ "$(id -u)" != 0 ]; then
  echo "container-check: needs root (rootful podman; debootstrap)" >&2
  exit 2
fi
missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt-get)"
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman runc debootstrap) >/dev/null
fi

# crun (podman's default runtime in Debian 12) refuses a hybrid cgroup hierarchy with a controller
# on the cgroup v2 side ("cgroups in hybrid mode not supported, drop all controllers from
# cgroupv2"); runc accepts it. Podman's default RLIMIT_NOFILE for root (1048576) and its default
# RLIMIT_NPROC are above what a root without CAP_SYS_RESOURCE may set ("Operation not permitted");
# the limits below are within them (nproc works up to 32768 here).
nofile=$(ulimit -Hn)
if [ "$nofile" = unlimited ] || [ "$nofile" -gt 20000 ]; then nofile=20000; fi
ENGINE=(podman --runtime runc)
LIMITS=(--ulimit "nofile=$nofile:$nofile" --ulimit nproc=4096:4096)

STANDIN=localhost/python:3.11-slim-bookworm
if [ -z "${BASE:-}" ]; then
  BASE=$STANDIN
  if [ -n "${REBUILD_BASE:-}" ] || ! podman image exists "$STANDIN"; then
    mkdir -p "${WORKDIR:-${TMPDIR:-/tmp}}"
    work=$(mktemp -d "${WORKDIR:-${TMPDIR:-/tmp}}/benefits-calc-base.XXXXXX")
    say "debootstrap bookworm (minbase + python3, python3-venv, python3-pip) into $work/rootfs"
    debootstrap --variant=minbase --include=python3,python3-venv,python3-pip,python-is-python3,ca-certificates \
      bookworm "$work/rootfs" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >"$work/debootstrap.log" 2>&1 \
      || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' \
      "$mirror" "$mirror" "$mirror" >"$work/rootfs/etc/apt/sources.list"
    rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/* \
      "$work"/rootfs/usr/share/doc/* "$work"/rootfs/usr/share/man/* "$work"/rootfs/usr/share/locale/*
    tar -C "$work/rootfs" -c . | podman import --change 'ENV LANG=C.UTF-8' --change 'CMD ["python3"]' - "$STANDIN" >/dev/null 2>&1
    rm -rf "$work"
    say "base image $STANDIN made"
  fi
fi

# pip in the build stage reaches PyPI over HTTPS; where outgoing HTTPS passes a proxy with its own
# CA, the host's CA bundle (which trusts it) is mounted over the image's for the RUN steps only:
# nothing of it stays in the image. Debian's pip reads /etc/ssl/certs/ca-certificates.crt.
MOUNTS=()
if [ "$BASE" = "$STANDIN" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
  MOUNTS=(-v /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro)
fi

name=benefits-calc-check-$$
IMAGE=localhost/benefits-calc:check-$$ # one tag per run: two checks at once test their own trees
say "building $IMAGE on $BASE"
t0=$(date +%s)
# --format docker: the OCI image format has no HEALTHCHECK (podman drops it with a warning).
log=$(mktemp)
"${ENGINE[@]}" build --format docker "${LIMITS[@]}" "${MOUNTS[@]}" --build-arg "BASE=$BASE" \
  -t "$IMAGE" -f Containerfile . >"$log" 2>&1 || { tail -30 "$log" >&2; exit 1; }
rm -f "$log"
build_s=$(($(date +%s) - t0))
size=$(podman image inspect "$IMAGE" --format '{{.Size}}')
say "built in $build_s s, $((size / 1000000)) MB"

port=${PORT:-$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
if [ -z "${KEEP:-}" ]; then
  trap 'podman rm -f "$name" >/dev/null 2>&1; podman rmi "$IMAGE" >/dev/null 2>&1 || true' EXIT
fi
t0=$(date +%s%N)
# podman's healthcheck timer needs systemd; without it podman logs an error and runs no timer
# (the check itself is run below with `podman healthcheck run`).
"${ENGINE[@]}" run -d --name "$name" "${LIMITS[@]}" -p "127.0.0.1:$port:8000" --read-only --tmpfs /tmp \
  -e BENEFITS_CALC_SECRET_KEY="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" "$IMAGE" \
  >/dev/null 2> >(grep -v 'systemd connection' >&2)
healthy=""
for _ in $(seq 1 150); do
  if python3 -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:$port/healthz', timeout=1)" 2>/dev/null; then
    healthy=$((($(date +%s%N) - t0) / 1000000))
    break
  fi
  sleep 0.2
done
if [ -z "$healthy" ]; then
  podman logs "$name" >&2 || true
  echo "FAIL /healthz did not answer 200 within 30 s" >&2
  exit 1
fi
say "healthy ${healthy} ms after podman run"

fail() { echo "FAIL $*" >&2; exit 1; }
podman healthcheck run "$name" >/dev/null || fail "the image's HEALTHCHECK"
echo "ok   the image's HEALTHCHECK: $(podman inspect "$name" --format '{{.State.Health.Status}}')"
uid=$(podman exec "$name" id -u)
[ "$uid" = 10001 ] || fail "runs as uid $uid"
users=$(podman top "$name" huser | tail -n +2 | sort -u | tr -d ' ' | tr '\n' ' ')
[ "$users" = "10001 " ] || fail "processes run as host uids: $users"
echo "ok   every process runs as uid 10001 ($(podman top "$name" pid | tail -n +2 | wc -l) processes)"
if podman exec "$name" sh -c 'touch /opt/benefits-calc/x' 2>/dev/null; then fail "the root is writable"; fi
echo "ok   the root file system is read-only"
python3 scripts/container_smoke.py "http://127.0.0.1:$port"
echo "ok   written to the tmpfs: $(podman exec "$name" find /tmp -mindepth 1 -maxdepth 2 | sort | tr '\n' ' ')"
say "all checks passed (build $build_s s, healthy ${healthy} ms, image $((size / 1000000)) MB)"
