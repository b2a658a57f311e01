#!/usr/bin/env bash
# Builds the single-user image for a class (Zero to JupyterHub): Debian from Debian's archive
# (debootstrap), Jupyter from Debian, a JDK 25 trimmed with jlink to the modules the kernel needs,
# the Baeum kernel installed for all users, the released course in /srv/baeum/course.
# Run as root from a built checkout (bin/baeum hub or bin/baeum install builds it):
#   deploy/image/build.sh [--lang ko|en] [--tag localhost/baeum-singleuser:latest]
# Environment: BAEUM_IMAGE_CACHE (default /var/cache/baeum-image: the debootstrapped base with
# Jupyter, made once, and the last image's filesystem), BAEUM_IMAGE_SUITE (default bookworm,
# whose jupyterhub 3.0 matches Zero to JupyterHub 2.x), BAEUM_IMAGE_MIRROR.
# Needs: debootstrap, buildah, bubblewrap (apt-get install debootstrap buildah bubblewrap).
# Prints the image's tag and leaves its filesystem in $BAEUM_IMAGE_CACHE/rootfs.tar.
set -euo pipefail
BAEUM_HOME="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
export BAEUM_HOME
. "$BAEUM_HOME/bin/lib/common.sh"
lang=ko tag=localhost/baeum-singleuser:latest
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang="$2"; shift 2 ;;
    --tag) tag="$2"; shift 2 ;;
    *) echo "build.sh: unknown option $1 (--lang ko|en, --tag NAME)" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "build.sh: run as root (debootstrap and the image's chroot need it)" >&2; exit 1; }
cache="${BAEUM_IMAGE_CACHE:-/var/cache/baeum-image}"
suite="${BAEUM_IMAGE_SUITE:-bookworm}"
mirror="${BAEUM_IMAGE_MIRROR:-http://deb.debian.org/debian}"
# what the image holds from Debian: the single-user server (jupyterhub-singleuser, Notebook 6),
# nbconvert for running notebooks, fonts for the charts (Korean too), the course's dataset
image_debs=(jupyterhub jupyter-notebook jupyter-nbconvert python3-nbclient fontconfig fonts-dejavu-core fonts-nanum
            dataset-fashion-mnist)
# the JDK modules the kernel and the exercises use (jdeps --print-module-deps of the class path),
# plus jar (the kernel's agent jar), zipfs, charsets and locale data (Korean messages)
jdk_modules=java.base,java.desktop,java.instrument,java.sql,jdk.compiler,jdk.incubator.vector,jdk.jshell,jdk.management,jdk.jartool,jdk.zipfs,jdk.charsets,jdk.localedata
baeum_ensure_debs debootstrap buildah bubblewrap
baeum_find_jdk
baeum_build

mkdir -p "$cache"
# in the image's filesystem as root, with /proc, /dev and a private /tmp, and the network for apt
in_root() { local root="$1"; shift
  bwrap --bind "$root" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp --ro-bind /etc/resolv.conf /etc/resolv.conf \
        --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --setenv HOME /root "$@"; }

# two cached layers: Debian's minimal system (debootstrap, once), then that with the packages
# above (made again when the list changes: the file name holds a hash of it)
minbase="$cache/$suite-minbase.tar"
base="$cache/$suite-base-$(echo "${image_debs[*]}" | sha256sum | cut -c1-12).tar"
if [ ! -f "$base" ]; then
  work="$(mktemp -d "$cache/base.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/root"
  if [ ! -f "$minbase" ]; then
    echo "build.sh: debootstrap $suite from $mirror (once; cached in $minbase) ..." >&2
    debootstrap --variant=minbase "$suite" "$work/root" "$mirror" >&2
    tar -C "$work/root" --numeric-owner -cf "$minbase.partial" . && mv "$minbase.partial" "$minbase"
  else
    tar -C "$work/root" --numeric-owner -xf "$minbase"
  fi
  echo "build.sh: Debian packages ${image_debs[*]} (cached in $base) ..." >&2
  in_root "$work/root" apt-get update -q >&2
  in_root "$work/root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${image_debs[@]}" >&2
  in_root "$work/root" apt-get clean
  rm -rf "$work/root/var/lib/apt/lists/"*
  # the user Zero to JupyterHub's servers run as (uid 1000, as in the Jupyter images)
  in_root "$work/root" useradd --create-home --uid 1000 --shell /bin/bash jovyan
  tar -C "$work/root" --numeric-owner -cf "$base.partial" . && mv "$base.partial" "$base"
  rm -rf "$work"; trap - EXIT
fi

work="$(mktemp -d "$cache/image.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root" && tar -C "$root" --numeric-owner -xf "$base"
echo "build.sh: jlink ($jdk_modules) ..." >&2
"$JAVA_HOME/bin/jlink" --add-modules "$jdk_modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$root/opt/jdk"
echo "build.sh: the jlinked JDK in /opt/jdk: $(du -s --block-size=1M "$root/opt/jdk" | cut -f1) MiB" >&2
# Baeum: the launcher scripts and the kernel's jars; the kernelspec is installed inside the image
# (so that its paths and its AOT cache are the image's own)
mkdir -p "$root/opt/baeum/bin/lib" "$root/opt/baeum/jars"
cp -p "$BAEUM_HOME/bin/baeum" "$root/opt/baeum/bin/" && cp -p "$BAEUM_HOME"/bin/lib/*.sh "$root/opt/baeum/bin/lib/"
jar="$(ls "$BAEUM_HOME"/exercises/target/baeum-exercises-*.jar | grep -v -e sources -e tests | head -n 1)"
image_cp=""
IFS=: read -r -a entries <<< "$jar:$(cat "$BAEUM_HOME/exercises/target/runtime.classpath")"
for entry in "${entries[@]}"; do
  case "$entry" in *.jar) ;; *) continue ;; esac
  cp -p "$entry" "$root/opt/baeum/jars/"
  image_cp="${image_cp:+$image_cp:}/opt/baeum/jars/$(basename "$entry")"
done
echo "build.sh: the kernel for all users (/usr/local/share/jupyter/kernels/baeum) ..." >&2
in_root "$root" env JAVA_HOME=/opt/jdk /opt/baeum/bin/baeum install --dir /usr/local/share/jupyter/kernels/baeum \
  --classpath "$image_cp" --max-heap "${BAEUM_IMAGE_MAX_HEAP:-1g}" >&2
rm -rf "$root/opt/baeum/jars"    # the kernelspec holds its own copies (kernels/baeum/lib)
echo "build.sh: the course, edition $lang (student versions) ..." >&2
mkdir -p "$root/srv/baeum/course"
for nb in "$BAEUM_HOME/notebooks/$lang"/ch*.ipynb; do
  "$BAEUM_HOME/bin/baeum" assign "$nb" --out "$root/srv/baeum/course" >&2
done
# the server's start: the course copied into the home on first start (a home volume hides the
# image's /home), the Baeum kernel as the default for new notebooks
cat > "$root/usr/local/bin/baeum-singleuser" <<'SH'
#!/bin/sh
[ -e "$HOME/course" ] || cp -r /srv/baeum/course "$HOME/course"
exec jupyterhub-singleuser --MultiKernelManager.default_kernel_name=baeum \
  --MappingKernelManager.cull_idle_timeout="${BAEUM_CULL_KERNEL:-1200}" --MappingKernelManager.cull_interval=60 \
  --MappingKernelManager.cull_connected=True "$@"
SH
chmod 755 "$root/usr/local/bin/baeum-singleuser"
echo "build.sh: the image $tag ..." >&2
tar -C "$root" --numeric-owner -cf "$cache/rootfs.tar.partial" . && mv "$cache/rootfs.tar.partial" "$cache/rootfs.tar"
ctr="$(buildah from scratch)"
buildah add "$ctr" "$cache/rootfs.tar" / >/dev/null
buildah config --user 1000 --workingdir /home/jovyan --env JAVA_HOME=/opt/jdk \
  --env PATH=/opt/jdk/bin:/usr/local/bin:/usr/bin:/bin --env LANG=C.UTF-8 --port 8888 \
  --cmd /usr/local/bin/baeum-singleuser --label org.opencontainers.image.title="Baeum single-user server" "$ctr"
buildah commit --quiet "$ctr" "$tag" >&2
buildah rm "$ctr" >/dev/null
echo "build.sh: the image $tag: $(buildah images --noheading --format '{{.Size}}' "$tag" | head -n 1)" >&2
echo "$tag"
