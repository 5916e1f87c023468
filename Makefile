# One command per chore. `make run` and `make test` are the README's two set-up commands.
SHELL := /bin/bash
DB ?= forkant.db
LISTEN ?= 127.0.0.1:8080

.PHONY: deps build build-debug run test suites test-release test-debug e2e sso durability failover scan fuzz lint format bench clean package fuzz-explore

# Suites that need PostgreSQL run on one throwaway cluster (scripts/with-postgresql): `make test` starts
# it once for all of them; a single target run on its own starts its own.
PG := $(if $(PGPORT),,scripts/with-postgresql)

# ccache when it is installed: the Debian package's build (make package) reuses the release build's objects.
CCACHE := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

deps:
	scripts/install-deps

build: deps
	cmake --preset release $(CCACHE) >/dev/null
	cmake --build --preset release

build-debug: deps
	cmake --preset debug $(CCACHE) >/dev/null
	cmake --build --preset debug

# Builds, creates the demo municipality on a new database, and serves on http://127.0.0.1:8080
# The demo on loopback lets its owners sign in without TOTP (OWNER_TOTP=required to try the enrolment);
# a server of your own keeps forkant's default, required (docs/sign-in.md).
OWNER_TOTP ?= optional
run: build
	@if [ ! -s "$(DB)" ]; then build/release/forkant demo --db "$(DB)"; fi
	build/release/forkant serve --db "$(DB)" --listen "$(LISTEN)" --owner-totp "$(OWNER_TOTP)"

# Everything: the lint (format, layers, clang-tidy), unit + integration tests in the release build and under
# ASan/UBSan, then the browser and accessibility tests, crash durability, failover, the security scanners and
# the bounded fuzz runs; the lint runs beside the rest at the lowest priority (scripts/test-all), and the
# time of each part is printed at the end.
test:
	scripts/test-all

suites: lint test-release test-debug e2e sso durability failover scan fuzz package

# The storage suite runs on SQLite and PostgreSQL in both builds; the integration suite's second pass on
# PostgreSQL (label postgresql) runs in the release build only, to keep `make test` inside CI's time.
test-release: build
	$(PG) ctest --preset release

test-debug: build-debug
	$(PG) ctest --preset debug -LE postgresql

e2e: build
	tests/e2e/run

# Single sign-on against a real OpenID Provider (npm oidc-provider, tests/sso/package.json) on loopback:
# tampered id_tokens, replayed codes, a key rotation (docs/sign-in.md).
sso: build
	tests/sso/run
	$(PG) env FORKANT_TEST_BACKEND=postgresql tests/sso/run

# Crash durability: SIGKILL the release server under API write load, 35 times on SQLite (integrity_check
# must be ok) and 15 on PostgreSQL (a throwaway cluster unless one is configured); every acknowledged write
# must be back after each restart (tests/durability/README.md).
durability: build
	$(PG) tests/durability/run

# Failover: two instances on one PostgreSQL database behind nginx (both started by the test on loopback
# ports); one is SIGKILLed and the database restarted under write load; every acknowledged write must be
# there once and the user stay signed in (tests/failover/README.md). It stops and starts the cluster.
failover: build
	$(PG) tests/failover/run

# sqlmap and wapiti against the real server, in a network namespace with loopback only; no finding
# allowed (tests/scan/run).
scan: build
	tests/scan/run

fuzz: deps
	tests/fuzz/run

# Before a release: every parser an hour of random-seed exploration (one CPU-hour each, `nproc` targets at
# a time), the corpus kept in build/fuzz/corpus/ for the next run, what ran listed in build/fuzz/explore.log.
FUZZ_EXPLORE_SECONDS ?= 3600
fuzz-explore: deps
	FUZZ_SEED=random FUZZ_SECONDS=$(FUZZ_EXPLORE_SECONDS) tests/fuzz/run

# The Debian package: built with debhelper (reusing the release build's objects through ccache), its
# files checked, its units by systemd-analyze (verify, and security under a threshold), the installed
# forkant started as an unprivileged user with the packaged configuration until /readyz answers, then
# purged (tests/package/run, docs/package.md). Needs root or sudo.
package: build
	tests/package/run

# No warning allowed: the format, the layer rules (scripts/check-layers) and clang-tidy (.clang-tidy).
lint:
	scripts/lint

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp')

bench:
	bench/run

clean:
	rm -rf build
