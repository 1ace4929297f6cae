"""The file module (medins_cli/files.py): modes, refused destinations, clean-up, bounded reads.

Answers files hold health data: they must never be made readable by others, and a write must never
replace a FIFO, device or symlink, nor leave a temporary file behind.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from conftest import run_main

from medins_cli import files
from medins_cli.files import FileProblem, atomic_writer, read_bounded, write_file

TODAY = ["--today", "2026-11-23"]
LINYI = ["-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date", "2026-12-20"]


run = run_main


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask022() -> object:
    old = os.umask(0o022)
    yield
    os.umask(old)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(files.TMP_SUFFIX))


# ------------------------------------------------------------------------------------------ modes


def test_new_answers_file_is_private_and_export_follows_umask(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              umask022: object) -> None:
    answers, md, ics = tmp_path / "mum.yaml", tmp_path / "mum.md", tmp_path / "mum.ics"
    code, _, err = run(capsys, "check", *LINYI, *TODAY, "--save-answers", str(answers), "--export", str(md),
                       "--ics", str(ics))
    assert code == 1, err
    assert (mode(answers), mode(md), mode(ics)) == (0o600, 0o644, 0o644)


def test_umask_is_honoured_for_new_files(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_file(tmp_path / "a.md", "x")
    finally:
        os.umask(old)
    assert mode(tmp_path / "a.md") == 0o600


@pytest.mark.parametrize("existing", [0o600, 0o640, 0o604])
def test_existing_file_keeps_its_mode(tmp_path: Path, existing: int, umask022: object) -> None:
    path = tmp_path / "mum.yaml"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, existing)
    write_file(path, "new", private=False)
    assert (path.read_text(encoding="utf-8"), mode(path)) == ("new", existing)


# ------------------------------------------------------------------------------------------ destinations


def test_fifo_symlink_and_device_destinations_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    target = tmp_path / "real.md"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    cases = [("--save-answers", fifo, "命名管道", "a FIFO"), ("--export", link, "符号链接", "a symbolic link"),
             ("--save-answers", Path("/dev/null"), "设备文件", "a device")]
    for flag, dest, zh, en in cases:
        code, out, err = run(capsys, "check", *LINYI, *TODAY, flag, str(dest))
        assert (code, out) == (2, "")
        assert err == f"medins: 错误: 不写入 {dest}：它不是普通文件（{zh}），覆盖它可能不是本意。请换一个文件名。\n"
        code, out, err = run(capsys, "check", *LINYI, *TODAY, flag, str(dest), "--lang", "en")
        assert err == (f"medins: error: Not writing {dest}: it is not a regular file ({en}); replacing it is "
                       "rarely what was meant. Choose another file name.\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink()
    assert target.read_text(encoding="utf-8") == "keep"


def test_bad_destination_is_refused_before_any_file_is_written(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "cal.ics"
    os.mkfifo(fifo)
    answers = tmp_path / "mum.yaml"
    code, _, _ = run(capsys, "check", *LINYI, *TODAY, "--save-answers", str(answers), "--ics", str(fifo))
    assert code == 2 and not answers.exists()
    code, _, _ = run(capsys, "check", *LINYI, *TODAY, "--save-answers", str(answers), "--export",
                     str(tmp_path / "x.pdf"))
    assert code == 2 and not answers.exists()


def test_failed_write_names_the_files_already_written(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    answers, md = tmp_path / "mum.yaml", tmp_path / "mum.md"
    real_fsync = os.fsync
    calls = []

    def full_disk(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the export, after the answers file
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", full_disk)
    code, out, err = run(capsys, "check", *LINYI, *TODAY, "--save-answers", str(answers), "--export", str(md),
                         "--lang", "en")
    assert (code, out) == (2, "")
    assert err == f"medins: error: Cannot write {md}: No space left on device (already written: {answers})\n"
    assert answers.exists() and not md.exists() and leftovers(tmp_path) == []


# ------------------------------------------------------------------------------------------ clean-up


def test_temporary_file_removed_when_the_write_fails(tmp_path: Path) -> None:
    path = tmp_path / "out.md"
    with pytest.raises(RuntimeError), atomic_writer(path) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert not path.exists() and leftovers(tmp_path) == []


def test_sigterm_during_a_write_removes_the_temporary_file(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from medins_cli.files import atomic_writer
        with atomic_writer(Path({str(tmp_path / 'out.md')!r})) as fh:
            fh.write("half")
            print("writing", flush=True)
            time.sleep(30)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "writing\n"
    assert len(leftovers(tmp_path)) == 1
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_temporary_file_of_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".out.md.{dead.pid}.abc{files.TMP_SUFFIX}"
    stale.write_text("half", encoding="utf-8")
    mine = tmp_path / f".out.md.{os.getppid()}.abc{files.TMP_SUFFIX}"  # a live process: left alone
    mine.write_text("busy", encoding="utf-8")
    write_file(tmp_path / "out.md", "whole")
    assert leftovers(tmp_path) == [mine.name]


# ------------------------------------------------------------------------------------------ bounded reads


def test_device_and_directory_are_refused_for_reading(tmp_path: Path) -> None:
    for path, kind in ((Path("/dev/zero"), "device"), (tmp_path, "directory")):
        with pytest.raises(FileProblem) as exc:
            read_bounded(path, 1000)
        assert (exc.value.reason, exc.value.params) == ("not_regular", {"kind": kind})


def test_fifo_without_a_writer_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(FileProblem) as exc:
        read_bounded(fifo, 1000, timeout=0.3)
    assert exc.value.reason == "timeout" and time.monotonic() - start < 5


def test_fifo_is_read_up_to_the_cap(tmp_path: Path) -> None:
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)

    def writer(data: bytes) -> None:
        with open(fifo, "wb") as fh:
            fh.write(data)

    thread = threading.Thread(target=writer, args=(b"scenario: emergency\n",))
    thread.start()
    assert read_bounded(fifo, 1000, timeout=5) == b"scenario: emergency\n"
    thread.join()
    thread = threading.Thread(target=lambda: (time.sleep(0.05), _try_write(fifo, b"x" * 5000)))
    thread.start()
    with pytest.raises(FileProblem) as exc:
        read_bounded(fifo, 1000, timeout=5)
    assert (exc.value.reason, exc.value.params) == ("too_large", {"limit": 1000})
    thread.join()


def _try_write(fifo: Path, data: bytes) -> None:
    try:
        with open(fifo, "wb") as fh:
            fh.write(data)
    except BrokenPipeError:
        pass


def test_regular_file_over_the_cap_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(FileProblem) as exc:
        read_bounded(path, 1000)
    assert exc.value.reason == "too_large"
    assert read_bounded(path, 2000) == b"a" * 2000
