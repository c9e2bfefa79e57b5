# Two commands set everything up on a fresh Debian/Ubuntu machine:
#   make run    installs what is missing, then opens the window
#   make test   installs what is missing, then runs lint, type checks and the tests
#   make package  builds the installable one-folder program in dist/caregiver-app/ (Linux)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := translations/caregiver_app_es.qm translations/caregiver_app_en.qm translations/caregiver_app_ar.qm
PACKAGE_STAMP := $(VENV)/.installed-package
APP_ID := org.caregivercompanion.CaregiverCompanion

.PHONY: run test lint typecheck pytest bench translations screenshot clean system-deps system-deps-test \
        package system-deps-package

run: system-deps $(STAMP) $(QM)
	$(BIN)/caregiver-app $(ARGS)

test: system-deps-test $(STAMP) $(QM)
	$(MAKE) --no-print-directory lint typecheck pytest

system-deps:
	@packaging/linux/system-deps.sh run

system-deps-test:
	@packaging/linux/system-deps.sh test

system-deps-package:
	@packaging/linux/system-deps.sh package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): $(STAMP) $(wildcard translations/*.ts)
	$(BIN)/python translations/build.py compile

translations: $(STAMP)
	$(BIN)/python translations/build.py update compile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The one-folder build (packaging/caregiver_app.spec), its desktop files checked, and a tarball
# to hand on: unpack it anywhere and run caregiver-app/install.sh.
package: system-deps-package $(PACKAGE_STAMP)
	$(BIN)/python translations/build.py compile
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/caregiver_app.spec
	desktop-file-validate dist/caregiver-app/share/applications/$(APP_ID).desktop
	appstreamcli validate --no-net dist/caregiver-app/share/metainfo/$(APP_ID).metainfo.xml
	tar -C dist -czf dist/caregiver-app-$$($(BIN)/python -c \
		'import caregiver_app; print(caregiver_app.__version__)')-linux-$$(uname -m).tar.gz caregiver-app
	@du -sh dist/caregiver-app dist/caregiver-app-*.tar.gz

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

bench: system-deps $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist translations/*.qm
