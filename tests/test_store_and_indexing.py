"""Persistence (atomic, no pickle, checked on load) and incremental indexing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.errors import IndexCorruptError, IndexMismatchError, IndexNotFoundError
from assistant.furniture import FURNITURE_VERSION
from assistant.search import store
from tests.conftest import CORPUS


def _copy_corpus(tmp_path: Path) -> Path:
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


def test_save_load_round_trip(fake_assistant: Assistant) -> None:
    loaded = Assistant.load(fake_assistant.index_dir, settings=fake_assistant.settings)
    assert [c.chunk_id for c in loaded.index.chunks] == [c.chunk_id for c in fake_assistant.index.chunks]
    assert loaded.documents.keys() == fake_assistant.documents.keys()
    q = "supervision of social workers"
    assert [p.chunk_id for p in loaded.search(q, k=5)] == [p.chunk_id for p in fake_assistant.search(q, k=5)]
    for c in loaded.index.chunks:
        assert loaded.document_text(c.doc_id)[c.start : c.end] == c.text


def test_a_loaded_index_keeps_its_build_and_takes_todays_answer_settings(tmp_path: Path) -> None:
    """Chunking and model come from the manifest; fusion and answers from the code loading it."""
    built = Settings(embedding_model="hashing-64", chunk_tokens=120, answer_threshold=0.99, bm25_weight=0.9)
    Assistant.from_corpus(CORPUS, index_dir=tmp_path / "ix", settings=built)
    loaded = Assistant.load(tmp_path / "ix").settings
    assert (loaded.embedding_model, loaded.chunk_tokens) == ("hashing-64", 120)
    assert loaded.answer_threshold == Settings().answer_threshold
    assert loaded.bm25_weight == Settings().bm25_weight
    assert loaded.index_signature() == built.index_signature()


def test_unchanged_corpus_reads_and_embeds_nothing(tmp_path: Path, fake_settings: Settings) -> None:
    corpus = _copy_corpus(tmp_path)
    first = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    # Each distinct chunk text is embedded once (two round-ups share a paragraph).
    assert first.last_build and first.last_build.embedded == len(set(first.index.chunk_hashes))
    again = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    assert again.last_build and again.last_build.unchanged and again.last_build.embedded == 0


def test_an_index_whose_furniture_was_found_otherwise_finds_it_again(
    tmp_path: Path, fake_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = _copy_corpus(tmp_path)
    Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    manifest = store.current_build(tmp_path / "ix") / "manifest.json"
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    assert recorded["furniture_version"] == FURNITURE_VERSION
    manifest.write_text(json.dumps({**recorded, "furniture_version": 1}), encoding="utf-8")  # an older build
    with caplog.at_level("WARNING", logger="assistant.api"):
        Assistant.load(tmp_path / "ix")
    assert "furniture" in caplog.text and "`assistant index` over it" in caplog.text
    again = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    assert again.last_build and not again.last_build.unchanged and again.last_build.embedded == 0
    rebuilt = json.loads((store.current_build(tmp_path / "ix") / "manifest.json").read_text(encoding="utf-8"))
    assert rebuilt["furniture_version"] == FURNITURE_VERSION


def test_changed_and_added_documents_embed_only_their_chunks(tmp_path: Path, fake_settings: Settings) -> None:
    corpus = _copy_corpus(tmp_path)
    Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    letter = corpus / "ofsted-2022-01-31-stoke-monitoring-visit-letter.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + "\n\nA new closing paragraph about Stoke.", encoding="utf-8"
    )
    (corpus / "new.txt").write_text("Ofsted praised Trafford's new front door.", encoding="utf-8")
    a = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    r = a.last_build
    assert r is not None
    assert r.parsed == 2 and r.reused_documents == 4
    assert 1 <= r.embedded <= 3, "only the letter's changed tail and the new file"
    assert r.reused_vectors == len(a.index.chunks) - r.embedded
    assert "new.txt" in a.documents


def test_removed_document_leaves_the_index(tmp_path: Path, fake_settings: Settings) -> None:
    corpus = _copy_corpus(tmp_path)
    Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    (corpus / "2019-staffordshire-impressive-progress.txt").unlink()
    a = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    assert len(a.documents) == 4
    assert all(c.doc_id != "2019-staffordshire-impressive-progress.txt" for c in a.index.chunks)


def test_index_files_are_not_pickles(fake_assistant: Assistant) -> None:
    build = store.current_build(fake_assistant.index_dir)
    names = sorted(p.name for p in build.iterdir())
    assert names == sorted(
        [
            "manifest.json",
            "documents.jsonl",
            "chunks.jsonl",
            "vectors.npy",
            "dense.json",
            "bm25_data.npy",
            "bm25_indices.npy",
            "bm25_indptr.npy",
            "bm25_vocab.json",
        ]
    )
    for name in names:
        assert not (build / name).read_bytes().startswith(b"\x80"), f"{name} looks like a pickle"


def test_interrupted_build_leaves_the_old_index(fake_assistant: Assistant) -> None:
    ix = fake_assistant.index_dir
    before = store.current_build(ix)
    (ix / ".build-20990101T000000-deadbeef.partial").mkdir()  # what a killed build leaves
    (ix / ".build-20990101T000000-deadbeef.partial" / "chunks.jsonl").write_text("{broken")
    loaded = Assistant.load(ix, settings=fake_assistant.settings)
    assert store.current_build(ix) == before
    assert len(loaded.index.chunks) == len(fake_assistant.index.chunks)


def test_missing_and_corrupt_files_name_the_file_and_the_fix(
    fake_assistant: Assistant, tmp_path: Path
) -> None:
    with pytest.raises(IndexNotFoundError, match="assistant index"):
        Assistant.load(tmp_path / "nothing-here")
    build = store.current_build(fake_assistant.index_dir)
    (build / "chunks.jsonl").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match=r"chunks\.jsonl.*rebuild"):
        Assistant.load(fake_assistant.index_dir, settings=fake_assistant.settings)


def test_missing_vectors_are_detected(fake_assistant: Assistant) -> None:
    build = store.current_build(fake_assistant.index_dir)
    (build / "vectors.npy").unlink()
    with pytest.raises(IndexCorruptError, match="rebuild"):
        Assistant.load(fake_assistant.index_dir, settings=fake_assistant.settings)


def test_format_version_and_model_mismatch_are_detected(fake_assistant: Assistant) -> None:
    build = store.current_build(fake_assistant.index_dir)
    manifest = json.loads((build / "manifest.json").read_text())
    with pytest.raises(IndexMismatchError, match="hashing-64"):
        Assistant.load(fake_assistant.index_dir, embedder=_Other())
    manifest["format_version"] = 999
    (build / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="format version 999"):
        Assistant.load(fake_assistant.index_dir)


class _Other:
    name, dim, precision = "other-model", 64, "fp32"

    def encode(self, texts):  # type: ignore[no-untyped-def]
        raise AssertionError("not called")

    def count_tokens(self, texts):  # type: ignore[no-untyped-def]
        return [1 for _ in texts]


def test_a_document_removed_and_added_back_is_not_re_embedded(
    tmp_path: Path, fake_settings: Settings
) -> None:
    corpus = _copy_corpus(tmp_path)
    first = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    name = "2019-staffordshire-impressive-progress.txt"
    (tmp_path / name).write_bytes((corpus / name).read_bytes())
    (corpus / name).unlink()
    Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    shutil.move(tmp_path / name, corpus / name)
    back = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    assert back.last_build is not None and back.last_build.embedded == 0
    assert len(back.index.chunks) == len(first.index.chunks)
    assert (back.index.vectors == first.index.vectors).all()


def test_embedding_cache_survives_a_build_that_never_finished(
    tmp_path: Path, fake_settings: Settings
) -> None:
    """Vectors reach the cache before the build is saved, so a rerun embeds nothing."""
    from assistant.search.dense import get_embedder
    from assistant.search.embedding_cache import EmbeddingCache

    corpus = _copy_corpus(tmp_path)
    a = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    for build in (tmp_path / "ix").glob("build-*"):
        shutil.rmtree(build)  # as if killed before the build was written
    (tmp_path / "ix" / "CURRENT").unlink()
    again = Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=fake_settings)
    assert again.last_build is not None and again.last_build.embedded == 0
    assert (again.index.vectors == a.index.vectors).all()
    e = get_embedder(fake_settings.embedding_model, precision=fake_settings.precision)
    cache = EmbeddingCache(tmp_path / "ix", model=e.name, precision=e.precision, dim=e.dim)
    assert len(cache) == len({h for h in a.index.chunk_hashes})


def test_embedding_cache_ignores_a_damaged_shard(tmp_path: Path) -> None:
    import numpy as np

    from assistant.search.embedding_cache import EmbeddingCache

    cache = EmbeddingCache(tmp_path, model="m", precision="fp32", dim=3)
    cache.add(["a", "b"], np.eye(3, dtype=np.float32)[:2])
    cache.flush()
    cache.add(["c"], np.eye(3, dtype=np.float32)[2:])
    cache.flush()
    shards = sorted(cache.folder.glob("*.vectors.npy"))
    shards[0].write_bytes(b"garbage")
    reopened = EmbeddingCache(tmp_path, model="m", precision="fp32", dim=3)
    assert len(reopened.ignored) == 1
    assert len(reopened) in (1, 2)  # whichever shard survived


def test_chunking_in_several_processes_makes_the_same_index(tmp_path: Path) -> None:
    """Workers chunk with the model's tokenizer file; the chunks equal one process's, in order."""
    from assistant.indexing import build_index
    from assistant.search.dense import resolve_model_path
    from assistant.search.wordpieces import WordPieces
    from tests.conftest import ofsted_sample
    from tests.fakes import HashingEmbedder

    class Counted(HashingEmbedder):
        """The stand-in's vectors, the real model's word-piece counts."""

        word_pieces = WordPieces(resolve_model_path("all-MiniLM-L6-v2"))

        def count_tokens(self, texts):  # type: ignore[no-untyped-def]
            return self.word_pieces(texts)

    paths = [CORPUS, *ofsted_sample()]
    settings = Settings(embedding_model="hashing-64")
    built = {
        workers: build_index(
            paths, tmp_path / f"w{workers}", settings=settings, embedder=Counted(64), workers=workers
        )
        for workers in (1, 2)
    }
    one, two = (store.load(tmp_path / f"w{w}") for w in (1, 2))
    assert built[2].documents == built[1].documents > 8
    assert [c.to_record() for c in one.chunks] == [c.to_record() for c in two.chunks]
    assert one.chunk_hashes == two.chunk_hashes


def test_a_folder_of_links_to_files_elsewhere_is_indexed_under_the_links_names(
    tmp_path: Path, fake_settings: Settings
) -> None:
    links = tmp_path / "links" / "reports"
    links.mkdir(parents=True)
    for f in sorted(CORPUS.glob("*.txt"))[:2]:
        (links / f"linked-{f.name}").symlink_to(f.resolve())
    a = Assistant.from_corpus(tmp_path / "links", index_dir=tmp_path / "ix", settings=fake_settings)
    assert sorted(a.documents) == sorted(f"reports/linked-{f.name}" for f in sorted(CORPUS.glob("*.txt"))[:2])
