#!/usr/bin/env bash
# The whole test suite on the current QGIS LTR (3.44 from Debian trixie-backports) in a Debian trixie
# chroot beside the host's QGIS 3.22. Called by the Makefile:
#   chroot.sh build    make (or reuse) the chroot
#   chroot.sh run      build if needed, then run `make test-suite` inside it on a copy of the project
#   chroot.sh exec CMD the same set-up, CMD instead of the suite (diagnosis)
# The chroot lives outside the checkout (QGIS_CURRENT_ROOT, default /var/cache/quartier/qgis-current),
# so a CI clone reuses it; it is rebuilt when the package list or tests/requirements.txt changes.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
SHARED="$(cd "$PROJECT/.." && pwd)/shared"
ROOT="${QGIS_CURRENT_ROOT:-/var/cache/quartier/qgis-current}"
SUITE="${QGIS_CURRENT_SUITE:-trixie}"
OPT=/opt/qgis-current
# What the chroot needs besides debootstrap's minbase; the Makefile's APT_PACKAGES plus build tools.
PACKAGES="python3-qgis qgis-providers qgis xvfb xauth poppler-utils python3-venv python3-pip
python3-shapely python3-jinja2 python3-numpy qttools5-dev-tools zip unzip make rsync git iproute2 locales
postgresql postgresql-17-postgis-3"
PACKAGES="$(echo $PACKAGES)"  # one line: it goes into a bash -c string
STAMP_TEXT="$SUITE $PACKAGES $(sha256sum "$PROJECT/tests/requirements.txt" | cut -c1-16) v3"

if [ "$(id -u)" != 0 ]; then
  echo "chroot.sh: must run as root (debootstrap, chroot and mount need it)" >&2
  exit 2
fi

log() { printf '[qgis-current] %s\n' "$*"; }

mirror() {
  # The Debian archive the host already uses (deb822 .sources or sources.list); override with DEBIAN_MIRROR.
  if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
  local uri
  uri="$(grep -h -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' \
         | grep -v -- '-security' | head -n1 || true)"
  if [ -z "$uri" ]; then
    uri="$(grep -h -E '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v -- '-security' \
           | head -n1 || true)"
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

umount_all() {
  # Only for a root built outside a private namespace (never expected); keep rm -rf safe.
  local m
  for m in $(awk -v r="$ROOT" '$2 ~ "^"r {print $2}' /proc/mounts | sort -r); do umount -l "$m" || true; done
}

build() {
  if [ -f "$ROOT/.quartier-ready" ] && [ "$(cat "$ROOT/.quartier-ready")" = "$STAMP_TEXT" ]; then
    log "chroot ready at $ROOT (reused)"
    return
  fi
  local t0 m
  t0=$(date +%s)
  m="$(mirror)"
  command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
  if [ ! -x "$ROOT/usr/bin/apt-get" ] || [ ! -f "$ROOT/.quartier-bootstrapped" ]; then
    umount_all
    rm -rf --one-file-system "$ROOT"
    mkdir -p "$ROOT"
    log "debootstrap $SUITE from $m"
    debootstrap --variant=minbase --include=ca-certificates,rsync,make "$SUITE" "$ROOT" "$m" >/tmp/quartier-debootstrap.log 2>&1 \
      || { tail -30 /tmp/quartier-debootstrap.log; exit 1; }
    touch "$ROOT/.quartier-bootstrapped"
  fi
  local sec="${m%/debian}/debian-security"
  cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $m $SUITE main
deb $m $SUITE-updates main
deb $m $SUITE-backports main
deb $sec $SUITE-security main
EOF
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$ROOT/etc/apt/apt.conf.d/99quartier"
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
  chmod +x "$ROOT/usr/sbin/policy-rc.d"
  log "apt: QGIS from $SUITE-backports"
  # shellcheck disable=SC2086
  in_chroot_plain "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t $SUITE-backports $PACKAGES" \
    >/tmp/quartier-chroot-apt.log 2>&1 || { tail -30 /tmp/quartier-chroot-apt.log; exit 1; }
  # Test tools: wheels fetched on the host (the chroot's CA store lacks the host's extra CA), installed offline.
  local py
  py="$(chroot "$ROOT" python3 -c 'import sys; print(f"{sys.version_info[0]}{sys.version_info[1]}")')"
  rm -rf "$ROOT$OPT/wheels"
  mkdir -p "$ROOT$OPT/wheels"
  log "wheels for cp$py"
  env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null python3 -m pip download -q --disable-pip-version-check --only-binary=:all: \
      --python-version "${py:0:1}.${py:1}" --implementation cp --abi "cp$py" --abi abi3 --abi none \
      --platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
      --platform any -d "$ROOT$OPT/wheels" -r "$PROJECT/tests/requirements.txt"
  cp "$PROJECT/tests/requirements.txt" "$ROOT$OPT/requirements.txt"
  in_chroot_plain "rm -rf $OPT/venv && python3 -m venv --system-site-packages $OPT/venv && \
    $OPT/venv/bin/pip install -q --no-index --find-links $OPT/wheels -r $OPT/requirements.txt && \
    touch $OPT/venv/.installed"
  echo "$STAMP_TEXT" >"$ROOT/.quartier-ready"
  log "chroot built in $(( $(date +%s) - t0 )) s at $ROOT"
}

# A command inside the chroot with /proc, /sys, /dev mounted in a private mount namespace (nothing leaks,
# nothing to unmount even after a kill) and a clean environment (the host's pip/pyenv variables stay out).
in_chroot_plain() {
  unshare --mount --propagation private bash -c '
    set -e
    R="$1"; shift
    mount -t proc proc "$R/proc"; mount -t sysfs sys "$R/sys"; mount --rbind /dev "$R/dev"
    cp /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
    exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      chroot "$R" bash -c "$1"' _ "$ROOT" "$1"
}

run() {
  # $1: the command to run in the project copy (default: the whole suite)
  local cmd="${1:-make --no-print-directory test-suite VENV=$OPT/venv PYTHON=/usr/bin/python3}"
  build
  local t0
  t0=$(date +%s)
  log "copying the project and ../shared into the chroot"
  mkdir -p "$ROOT/srv/quartier/main" "$ROOT/srv/quartier/shared"
  rsync -a --delete --exclude .venv --exclude build --exclude dist --exclude out --exclude .git \
        --exclude __pycache__ --exclude .pytest_cache --exclude .ruff_cache --exclude tests/.qgis-settings \
        "$PROJECT/" "$ROOT/srv/quartier/main/"
  if [ -d "$SHARED" ]; then rsync -a --delete "$SHARED/" "$ROOT/srv/quartier/shared/"; fi
  # Offline (private network namespace): also gives Xvfb its own abstract socket namespace.
  set +e
  unshare --mount --propagation private --net bash -c '
    set -e
    R="$1"; shift
    ip link set lo up
    mount -t proc proc "$R/proc"; mount -t sysfs sys "$R/sys"; mount --rbind /dev "$R/dev"
    mount -t tmpfs tmpfs "$R/tmp"
    exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen CI="${CI:-}" \
      chroot "$R" bash -c "cd /srv/quartier/main && $1"' _ "$ROOT" "$cmd"
  local rc=$?
  set -e
  log "run took $(( $(date +%s) - t0 )) s (exit $rc)"
  return $rc
}

case "${1:-run}" in
  build) build ;;
  run) run ;;
  exec) shift; run "$*" ;;  # a command of your own in the project copy, e.g. for diagnosis
  *) echo "usage: chroot.sh build|run|exec COMMAND" >&2; exit 2 ;;
esac
