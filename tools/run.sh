#!/usr/bin/env bash
# One entry point for people and CI: installs what is missing (Debian 12 packages),
# configures and builds, then either serves the bundled corpus or runs the tests.
#
#   tools/run.sh serve [lessenbank serve options]   index corpus/ and serve http://127.0.0.1:8080
#   tools/run.sh test                               run the whole test suite through ctest
#   tools/run.sh build                              only install and build
#   tools/run.sh sanitize                           every Catch2 suite under ASan + UBSan (build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (used by CMakeLists.txt when installed) hashes paths below the checkout
# relative to it, so a clone in any folder (CI's too) reuses what other checkouts built.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

PACKAGES=(cmake make g++ pkg-config catch2
          libxapian-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
          libyaml-cpp-dev libpugixml-dev libpoco-dev hunspell-nl libhunspell-dev)

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installeren: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What the browser tests and the benchmark smoke test need: Debian's Chromium,
# Node.js and our npm packages; a Dutch word list and GNU time.
browser_deps() {
  # xapian-tools: xapian-tcpsrv and xapian-replicate(-server) for the federation tests.
  install_missing chromium wdutch time python3 debootstrap dpkg-dev xapian-tools
  command -v node >/dev/null || install_missing nodejs
  command -v npm >/dev/null || install_missing npm
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
}

build() {
  install_missing "${PACKAGES[@]}"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j"$(nproc)"
}

# The sanitizer job: every Catch2 suite (and only what they need: the CLI and the
# plugins for the web, attack and corpus suites) built with AddressSanitizer +
# UndefinedBehaviorSanitizer in build-asan/, each run on its own. Exits 1 naming
# every suite that failed. external_tests is built, as in build/, only when the
# shared test data lies beside the checkout (../shared/testdata/external).
SANITIZE_SUITES=(core_tests plugin_tests corpus_tests facet_tests quality_tests
                 external_tests scale_tests web_tests attack_tests)
sanitize() {
  install_missing "${PACKAGES[@]}" xapian-tools  # xapian-tcpsrv: the federation tests
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLESSENBANK_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" >/dev/null
  local targets suites=() s
  targets="$(cmake --build build-asan --target help)"
  for s in "${SANITIZE_SUITES[@]}"; do
    if grep -qw "$s" <<<"$targets"; then
      suites+=("$s")
    else
      echo "SKIPPED: $s (not configured: no test data at ../shared/testdata/external)"
    fi
  done
  local t0=$SECONDS
  cmake --build build-asan -j"$(nproc)" --target "${suites[@]}"
  local built=$((SECONDS - t0))
  # The suppression file names one bug in Debian's libhunspell, nothing of ours.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:suppressions=$PWD/tests/sanitize/asan.supp"
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  local failed=() start
  for s in "${suites[@]}"; do
    echo "== sanitize: $s"
    start=$SECONDS
    if timeout 900 "build-asan/tests/$s" --warn NoTests; then
      echo "== sanitize: $s passed ($((SECONDS - start)) s)"
    else
      echo "== sanitize: $s FAILED ($((SECONDS - start)) s)"
      failed+=("$s")
    fi
  done
  echo "== sanitize: build ${built} s, suites $((SECONDS - t0 - built)) s"
  echo "sanitize: $((${#suites[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
  if [ ${#failed[@]} -gt 0 ]; then
    echo "sanitize: failed suites: ${failed[*]}" >&2
    return 1
  fi
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  build)
    build ;;
  serve)
    build
    # Index errors are listed but do not stop the server: good entries are served.
    build/tools/cli/lessenbank index || echo "Let op: sommige bestanden hebben fouten; zie hierboven."
    exec build/tools/cli/lessenbank serve --geen-index "$@" ;;
  sanitize)
    sanitize ;;
  test)
    browser_deps
    build
    cd build
    exec ctest --output-on-failure -j"$(nproc)" ;;
  *)
    echo "Gebruik: tools/run.sh serve|test|build|sanitize" >&2
    exit 2 ;;
esac
