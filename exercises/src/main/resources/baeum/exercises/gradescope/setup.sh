#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu).
# It installs a JDK 25 (JShell and javac come with it) and bubblewrap (the worker's sandbox;
# grading falls back to an unprivileged uid when the container does not allow it).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
have_jdk25() { ls -d /usr/lib/jvm/*25* >/dev/null 2>&1; }
apt-get install -y -qq openjdk-25-jdk-headless || true
if ! have_jdk25; then
  # The distribution has no JDK 25 package: use Eclipse Temurin's apt repository.
  apt-get install -y -qq wget gpg ca-certificates
  wget -qO - https://packages.adoptium.net/artifactory/api/gpg/key/public | gpg --dearmor > /usr/share/keyrings/adoptium.gpg
  echo "deb [signed-by=/usr/share/keyrings/adoptium.gpg] https://packages.adoptium.net/artifactory/deb $(. /etc/os-release; echo "$VERSION_CODENAME") main" \
    > /etc/apt/sources.list.d/adoptium.list
  apt-get update -qq
  apt-get install -y -qq temurin-25-jdk
fi
apt-get install -y -qq bubblewrap util-linux || true
