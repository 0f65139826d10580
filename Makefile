# Quartier: build, test and demo. `make demo` and `make test` install what they need first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON   := /usr/bin/python3
VENV     := .venv
VPY      := $(VENV)/bin/python
PLUGIN   := quartier
BUILD    := build/$(PLUGIN)
DIST     := dist
VERSION   = $(shell sed -n 's/^version=//p' metadata.txt)
OUT      := out/demo
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LRELEASE := $(shell [ -x /usr/lib/qt5/bin/lrelease ] && echo /usr/lib/qt5/bin/lrelease || echo lrelease)
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

APT_PACKAGES := python3-qgis qgis-providers qgis xvfb xauth poppler-utils python3-venv python3-pip \
	python3-shapely python3-jinja2 python3-numpy qttools5-dev-tools zip unzip \
	debootstrap rsync postgresql postgresql-15-postgis-3
PLUGIN_FILES := metadata.txt
TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: help deps deps-apt deps-venv demo test test-suite test-current qgis-current-chroot test-unit test-qgis smoke \
	lint lint-run bench package deploy i18n i18n-compile clean walk

help:
	@echo "make demo     run the whole chain on the demo city into $(OUT)/"
	@echo "make test     unit, QGIS, lint and desktop tests on QGIS 3.22 and again on QGIS 3.44 (chroot)"
	@echo "make test-suite  the same on this machine's QGIS only"
	@echo "make smoke    start the real QGIS desktop under Xvfb with the plugin deployed"
	@echo "make walk     the real QGIS walked through every dialog and dock at 1366x768, screenshots in out/walk/"
	@echo "make lint     ruff, flake8-qgis and bandit"
	@echo "make bench    speed benchmarks (tests/benchmarks)"
	@echo "make package  ZIP for the Plugin Manager (Install from ZIP) in $(DIST)/"
	@echo "make deploy   install the plugin into $(QGIS_PLUGINS_DIR)"
	@echo "make i18n     update the .ts from the code and compile the .qm"

## ---- set-up -------------------------------------------------------------------------------
deps: deps-apt deps-venv i18n-compile

deps-apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps-venv: $(VENV)/.installed

$(VENV)/.installed: tests/requirements.txt
	@[ -x $(VPY) ] || $(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check -r tests/requirements.txt
	@touch $@

## ---- translations -------------------------------------------------------------------------
i18n-compile: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	@$(LRELEASE) -silent $< -qm $@

i18n:
	$(PYTHON) i18n/update_ts.py
	@$(MAKE) --no-print-directory i18n-compile

## ---- the demo -----------------------------------------------------------------------------
demo: deps
	$(PYTHON) -m quartier_plugin.demo $(OUT)

## ---- tests --------------------------------------------------------------------------------
# The whole suite twice: on this machine's QGIS (Debian 12: 3.22) and on the current LTR (3.44) in a
# Debian trixie chroot that tests/qgis_current/chroot.sh builds once and reuses.
test: deps package
	@$(MAKE) --no-print-directory test-suite
	@$(MAKE) --no-print-directory test-current

# The suite on the QGIS of this environment, installing nothing (the chroot runs this too).
test-suite: package
	@echo "==== Quartier tests on QGIS $$($(VPY) -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null)" \
	  "(Python $$($(VPY) -c 'import platform; print(platform.python_version())'))"
	$(VPY) -m pytest -c tests/pytest.ini -p no:qgis tests/unit
	$(VPY) -m pytest -c tests/pytest.ini tests/qgis
	@$(MAKE) --no-print-directory lint-run
	$(VPY) -m pytest -c tests/pytest.ini -p no:qgis tests/smoke

# The suite on QGIS 3.44 LTR (Debian trixie-backports) in a chroot; needs root.
test-current:
	bash tests/qgis_current/chroot.sh run

qgis-current-chroot:
	bash tests/qgis_current/chroot.sh build

test-unit: deps
	$(VPY) -m pytest -c tests/pytest.ini -p no:qgis tests/unit

test-qgis: deps package
	$(VPY) -m pytest -c tests/pytest.ini tests/qgis

smoke: deps package
	$(VPY) -m pytest -c tests/pytest.ini -p no:qgis tests/smoke

# The real QGIS desktop walked through every dialog and dock; screenshots in out/walk/ (look at them)
walk: deps package
	$(VPY) -m pytest -c tests/pytest.ini -p no:qgis tests/walk

lint: deps-venv
	@$(MAKE) --no-print-directory lint-run

lint-run:
	$(VENV)/bin/ruff check --line-length 120 --target-version py39 --select E,F,W,B,I --ignore E731 \
	  quartier_plugin tests i18n
	$(VENV)/bin/flake8 --select QGS --extend-ignore QGS105,QGS2 quartier_plugin
	$(VENV)/bin/bandit -q -r quartier_plugin --severity-level medium

bench: deps
	@$(VPY) -m pytest -c tests/pytest.ini -q -s tests/benchmarks; rc=$$?; \
	  if [ $$rc = 5 ]; then echo "No benchmarks yet."; else exit $$rc; fi

## ---- packaging ----------------------------------------------------------------------------
package: i18n-compile
	@rm -rf $(BUILD) && mkdir -p $(BUILD) $(DIST)
	@cp -r quartier_plugin/. $(BUILD)/
	@cp metadata.txt LICENSE $(BUILD)/
	@cp -r resources $(BUILD)/resources
	@mkdir -p $(BUILD)/i18n && cp $(QM_FILES) $(BUILD)/i18n/
	@find $(BUILD) -name __pycache__ -prune -exec rm -rf {} + ; find $(BUILD) -name '*.pyc' -delete
	@rm -f $(DIST)/$(PLUGIN)-$(VERSION).zip
	@cd build && zip -q -r -X ../$(DIST)/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "$(DIST)/$(PLUGIN)-$(VERSION).zip"

deploy: package
	@mkdir -p "$(QGIS_PLUGINS_DIR)"
	@rm -rf "$(QGIS_PLUGINS_DIR)/$(PLUGIN)"
	@cp -r $(BUILD) "$(QGIS_PLUGINS_DIR)/$(PLUGIN)"
	@echo "Installed into $(QGIS_PLUGINS_DIR)/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

clean:
	rm -rf build $(DIST) out $(QM_FILES) .pytest_cache .ruff_cache
