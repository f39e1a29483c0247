"""The extractor's rules load with the first article, not with the package: a process that only
queries, exports or serves a store does not compile and gate thousands of patterns."""

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_importing_the_library_and_the_cli_loads_no_rule_component():
    loaded = _modules_after("import coopkg\nimport coopkg.cli")
    assert "coopkg.api" in loaded and "coopkg.cli" in loaded
    assert "coopkg.extract.pipeline" not in loaded
    assert "coopkg.extract.statements" not in loaded


def test_the_first_article_loads_the_pipeline_with_its_patterns_gated():
    loaded = _modules_after(
        "import sys\nfrom datetime import date\n"
        "from coopkg import extract\n"
        "from coopkg.read.article import Article\n"
        "from coopkg.extract import cues\n"
        "facts = extract(Article(text='Kenya and Peru signed a trade agreement on Monday.',"
        " published=date(2024, 3, 8), title='', origin='t'))\n"
        "a = sys.modules['coopkg.extract.agreements']\n"
        "assert facts.agreements, facts\n"
        "assert any(isinstance(v, cues.Gated) for v in vars(a).values())")
    assert "coopkg.extract.pipeline" in loaded
