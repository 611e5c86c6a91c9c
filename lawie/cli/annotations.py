"""``lawie annotations`` (check, summarise, convert gold files) and ``lawie annotate`` (pre-annotate)."""
from __future__ import annotations

import json
from collections import Counter
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from lawie import annotations
from lawie.reader import ReadError

app = typer.Typer(
    help="Gold annotation files (annotations/*.jsonl, one report per line; see docs/annotation-guidelines.md, "
    "'Format'): validate them, count their spans, and convert them to and from doccano and Label Studio.",
    no_args_is_help=True,
)

RootOption = typer.Option(
    None, "--root",
    help="Repository root that 'source' paths are relative to (default: the lawie checkout, else the current folder).",
)
PathsArgument = typer.Argument(
    None, help="Annotation files or folders (a folder means its *.jsonl, not subfolders; default: <root>/annotations)."
)


class ExportFormat(str, Enum):
    doccano = "doccano"
    labelstudio = "labelstudio"
    spacy = "spacy"


class ImportFormat(str, Enum):
    doccano = "doccano"
    labelstudio = "labelstudio"


@contextmanager
def reported_errors() -> Iterator[None]:
    """Expected failures (bad files, changed sources, existing outputs) end in one message and exit code 1."""
    try:
        yield
    except (annotations.AnnotationError, ReadError, FileExistsError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1)


def chosen_paths(paths: Optional[List[Path]], root: Optional[Path]) -> List[Path]:
    return paths or [(root or annotations.default_root()) / "annotations"]


def echo_problems(problems: list[annotations.Problem], files: int) -> None:
    """Every problem on its own line, then a summary by kind."""
    for problem in problems:
        typer.echo(str(problem))
    kinds = ", ".join(f"{n} {kind}" for kind, n in Counter(p.kind for p in problems).most_common())
    bad_files = len({p.file for p in problems})
    typer.echo(f"{len(problems)} problems in {bad_files} of {files} files ({kinds})" if problems
               else f"{files} files, no problems")


@app.command()
def validate(paths: Optional[List[Path]] = PathsArgument, root: Optional[Path] = RootOption) -> None:
    """Check annotation files and print every problem; exit code 1 when there is any.

    Checks: JSON, fields, labels, source and sha256, offsets, order, overlaps, line breaks, span edges, duplicate ids.
    """
    paths = chosen_paths(paths, root)
    problems = annotations.validate(paths, root)
    echo_problems(problems, len(annotations.annotation_files(paths)))
    raise typer.Exit(1 if problems else 0)


@app.command()
def stats(
    paths: Optional[List[Path]] = PathsArgument,
    root: Optional[Path] = RootOption,
    markdown: bool = typer.Option(False, "--markdown", help="Markdown tables instead of plain columns."),
    as_json: bool = typer.Option(False, "--json", help="The numbers as JSON instead of tables."),
) -> None:
    """Spans and distinct span texts per report and per label (cells read 'spans / distinct'), with report sizes."""
    with reported_errors():
        data = annotations.stats(chosen_paths(paths, root), root)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        typer.echo(annotations.stats_table(data, markdown), nl=False)


@app.command()
def export(
    paths: Optional[List[Path]] = PathsArgument,
    to: ExportFormat = typer.Option(..., "--to", help="doccano (JSONL), labelstudio (JSON tasks) or spacy (DocBin)."),
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
    root: Optional[Path] = RootOption,
) -> None:
    """Write annotations for doccano or Label Studio, or as a spaCy DocBin for training.

    Tool files hold the report texts; id, source and sha256 ride along so that `import` brings them back.
    """
    with reported_errors():
        if to is ExportFormat.spacy:
            export_docbin(chosen_paths(paths, root), output, root)
            return
        count = annotations.export(chosen_paths(paths, root), to.value, output, root)
    typer.echo(f"{count} reports written to {output}")


def export_docbin(paths: List[Path], output: Path, root: Optional[Path]) -> None:
    """DocBin with spaCy's blank Chinese (character) tokenizer; misaligned spans are listed, never dropped silently."""
    docbin, problems = annotations.to_docbin(paths, root=root)
    docbin.to_disk(output)
    for problem in problems:
        typer.echo(str(problem))
    typer.echo(f"{len(docbin)} docs written to {output}; {len(problems)} spans off token boundaries (marked missing)")


@app.command("import")
def import_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="File exported from the tool."),
    source_format: ImportFormat = typer.Option(..., "--from", help="doccano (JSONL) or labelstudio (JSON task list)."),
    outdir: Path = typer.Option(..., "-o", "--outdir", help="Folder for <report-id>.jsonl files."),
    root: Optional[Path] = RootOption,
    force: bool = typer.Option(False, "--force", help="Replace annotation files that already exist."),
) -> None:
    """Bring annotations back from doccano or Label Studio as annotation files.

    Nothing is written if a text no longer matches its source (sha256) or a span is invalid; all are listed.
    """
    records, problems = annotations.import_file(file, source_format.value, root)
    if problems:
        echo_problems(problems, 1)
        raise typer.Exit(1)
    with reported_errors():
        written = annotations.save_grouped(records, outdir, overwrite=force)
    typer.echo(f"{len(records)} reports written to {len(written)} files in {outdir}")


@app.command()
def agree(
    first: List[Path] = typer.Argument(..., help="Annotation files of the first pass."),
    second: List[Path] = typer.Option(..., "--second", help="Annotation files of the second, independent pass."),
) -> None:
    """Agreement F1 (exact span and label) between two passes over the same reports, per label."""
    from ..evaluation import agreement

    result = agreement(annotations.load_records(first), annotations.load_records(second))
    typer.echo(f"reports: {', '.join(result.pop('reports'))}")
    for label, s in result.items():
        typer.echo(f"{label:12} P {s['p']:.4f} R {s['r']:.4f} F1 {s['f1']:.4f} (first {s['tp'] + s['fn']}, second {s['tp'] + s['fp']})")


def annotate(
    paths: List[Path] = typer.Argument(..., exists=True, help="Report files or folders (their .txt/.html files)."),
    outdir: Path = typer.Option(..., "-o", "--outdir", help="Folder for <report-id>.jsonl files."),
    model: Optional[Path] = typer.Option(None, "--model", help="Pipeline to run (default: lawie's shipped one)."),
    root: Optional[Path] = RootOption,
    force: bool = typer.Option(False, "--force", help="Replace annotation files that already exist."),
) -> None:
    """Pre-annotate reports with the current pipeline: its entities become annotation files to correct."""
    from lawie.pipeline import load

    with reported_errors():
        records = annotations.preannotate(paths, load(model), root)
        written = annotations.save_grouped(records, outdir, overwrite=force)
    counts = annotations.label_counts(records)
    found = ", ".join(f"{counts[label]} {label}" for label in annotations.LABELS)
    typer.echo(f"{len(records)} reports written to {len(written)} files in {outdir} ({found})")
