# Nearer: the README's commands. `make serve` and `make test` install any
# missing tool first (scripts/bootstrap), so a fresh machine needs nothing else.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/scripts/node/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: bootstrap serve test lint unit browser dist package wordpress e2e bench audit clean lang/en.json

bootstrap:
	@scripts/bootstrap

## The standalone page on http://127.0.0.1:8080, rebuilt on change.
serve: bootstrap
	trunk serve --offline

## Everything CI checks; fails on the first failure.
test: bootstrap lint unit browser dist wordpress e2e audit

lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --all-targets --locked $(WASM) -- -D warnings
	find packaging/wordpress tests/wordpress \( -name '*.php' -o -name '*.php.in' \) -print0 | xargs -0 -n1 php -l

## Pure domain logic, natively.
unit:
	cargo test --locked

## Components and the storage adapter, in headless Chromium.
browser:
	cargo test --locked $(WASM) --test browser

## The English language file, the template a translation starts from
## (docs/languages.md), written from the built-in English table.
lang/en.json:
	cargo run --quiet --locked --bin nearer-lang > $@

## The release build in dist/.
dist:
	trunk build --release --offline

## The npm tarball of the release build (dist/nearer-widget-<version>.tgz), version
## from Cargo.toml; publishing it is a person's job (docs/embedding.md, EMBED.md).
package: bootstrap dist
	node scripts/package.mjs dist

## The WordPress plugin: dist/nearer-wordpress-<version>.zip (the e2e suite
## installs it in a real WordPress: tests/e2e/wordpress.test.mjs).
wordpress: dist
	scripts/wordpress-zip

## Playwright journeys against dist/ served on 127.0.0.1.
e2e:
	cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec

## The benchmark (not part of `make test`): first-load sizes, the wasm by function
## and crate, start-up, interaction latency, storage, memory and layout shift in
## headless Chromium, against budgets. Writes bench/out/report.{md,json}; ~2 minutes warm.
bench: bootstrap dist
	node scripts/bench.mjs dist

## Lighthouse (accessibility and best-practices must score 100) and the Nu Html
## Checker (no errors) on the standalone page and four rendered screens.
audit: bootstrap dist
	node tests/audit/run.mjs dist

clean:
	cargo clean
	rm -rf dist tests/e2e/output tests/audit/output
