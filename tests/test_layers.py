"""The flow runs one way: read -> model -> check -> render (and the front ends above),
enforced by import-linter's layers contract in pyproject.toml."""
from __future__ import annotations

import tomllib

from conftest import ROOT


def _lint(tmp_path, contract: dict) -> int:
    from importlinter.cli import lint_imports

    layers = ",\n".join(f'    "{layer}"' for layer in contract["layers"])
    config = tmp_path / "importlinter.toml"
    config.write_text(f'[tool.importlinter]\nroot_package = "finsam"\n\n[[tool.importlinter.contracts]]\n'
                      f'name = "{contract["name"]}"\ntype = "layers"\nlayers = [\n{layers}\n]\n', encoding="utf-8")
    return lint_imports(config_filename=str(config), no_cache=True)


def _contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return contract


def test_no_import_runs_against_the_flow(tmp_path):
    assert _lint(tmp_path, _contract()) == 0


def test_the_contract_would_see_an_arrow_against_the_flow(tmp_path):
    """The same contract with model above check must break (check imports model), so the
    test above is not vacuous."""
    contract = _contract()
    layers = list(contract["layers"])
    i, j = layers.index("finsam.check"), layers.index("finsam.model")
    layers[i], layers[j] = layers[j], layers[i]
    assert _lint(tmp_path, dict(contract, layers=layers)) == 1


def test_every_package_is_in_a_layer():
    import pkgutil

    import finsam

    named = {m.strip() for layer in _contract()["layers"] for m in layer.split("|")}
    modules = {f"finsam.{m.name}" for m in pkgutil.iter_modules(finsam.__path__)} - {"finsam.__main__"}
    assert modules - named == set()
