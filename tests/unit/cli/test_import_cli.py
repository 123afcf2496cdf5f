"""``recovery-desk import`` end to end in a fresh process."""

from __future__ import annotations

from pathlib import Path

from recovery_desk.paths import AppPaths
from recovery_desk.services.dto import UserDTO
from tests.conftest import run_cli


def test_import_cli_end_to_end(tmp_path: Path, data_paths: AppPaths, supervisor: UserDTO) -> None:
    source = tmp_path / "clientes.csv"
    source.write_text(
        "Quem;Cod;Valor;Data de saída\nAna;001;R$ 10,00;01/02/2024\nBia;002;abc;01/02/2024\n",
        encoding="cp1252",
    )
    errors = tmp_path / "erros.csv"
    done = run_cli(
        "import",
        str(source),
        "--map",
        "name=Quem",
        "--errors",
        str(errors),
        data_dir=data_paths.data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert "1 inserted" in done.stdout and "1 rejected" in done.stdout
    assert "row 3, field 'monthly_revenue'" in done.stderr
    assert "Bia" in errors.read_text("utf-8-sig")

    nothing = tmp_path / "nada.csv"
    nothing.write_text("Nome;Valor\n;10\n", encoding="utf-8")
    assert run_cli("import", str(nothing), data_dir=data_paths.data_dir).returncode == 2
    anonymous = tmp_path / "anon.csv"
    anonymous.write_text("Quem;Valor\nAna;10\n", encoding="utf-8")
    unmapped = run_cli("import", str(anonymous), data_dir=data_paths.data_dir)
    assert unmapped.returncode == 2
    assert "customer code or the name" in unmapped.stderr
    bad_map = run_cli("import", str(source), "--map", "nome=Quem", data_dir=data_paths.data_dir)
    assert bad_map.returncode == 2 and "unknown field" in bad_map.stderr


def test_import_cli_refuses_without_supervisor(tmp_path: Path, data_paths: AppPaths) -> None:
    source = tmp_path / "c.csv"
    source.write_text("Nome\nAna\n", encoding="utf-8")
    done = run_cli("import", str(source), data_dir=data_paths.data_dir)
    assert done.returncode == 1 and "start the app once" in done.stderr
