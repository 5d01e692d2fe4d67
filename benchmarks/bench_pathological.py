"""Cost of hostile inputs: each kind of pathological article at doubling sizes up to 1 MB, loaded and
analysed in this process (no cache, no time budget). Prints seconds per size (the fastest of --repeat runs), the worst ratio per
doubling (linear cost gives about 2) and the time at 1 MB.

    .venv/bin/python benchmarks/bench_pathological.py [--max-kb 1024] [--min-kb 64]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Callable

VOCAB = ("阿里巴巴 腾讯 百度 京东 总裁 董事长 首席执行官 事业部 集团 移动电商 用户 增长 市场 份额 竞争 合作 平台 战略 "
         "投资 收购 发布 推出 表示 认为 宣布 负责 担任 出任 营收 利润 同比 亿元 万元 2014年 3月 今年 去年").split()
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌宇浩凯健俊帆帅旭宁"
TITLES = ("总裁", "副总裁", "首席执行官", "董事长", "总经理", "首席技术官", "高级副总裁")


def no_punctuation(size: int, rng: random.Random) -> str:
    """One sentence with no punctuation at all: business words run together."""
    return fill(size, lambda: rng.choice(VOCAB))


def random_vocabulary(size: int, rng: random.Random) -> str:
    """Business words with commas and full stops at random."""
    return fill(size, lambda: rng.choice(VOCAB) + rng.choice(("", "", "，", "。", "、")))


def quote_marks(size: int, rng: random.Random) -> str:
    """Thousands of quote marks, nested and unbalanced, around speech."""
    return fill(size, lambda: rng.choice(("“", "”", "「", "」", "\"", "马云说：“", "他表示，", "。”", "腾讯")))


def number_table(size: int, rng: random.Random) -> str:
    """A table of numbers, one row a line, with units and percentages."""
    return fill(size, lambda: f"{rng.randint(1, 99999)}万元 {rng.random() * 100:.2f}% {rng.randint(1, 999)}家 "
                              + ("\n" if rng.random() < 0.2 else ""))


def name_list(size: int, rng: random.Random) -> str:
    """A list of names with titles: 总裁王伟、副总裁李娜、…"""
    def one() -> str:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        return rng.choice(TITLES) + name + rng.choice(("、", "、", "，", "；"))
    return fill(size, one)


def repeated_title(size: int, rng: random.Random) -> str:
    """One headline repeated, line after line."""
    return fill(size, lambda: "阿里巴巴集团宣布组织架构调整成立25个事业部\n")


KINDS: dict[str, Callable[[int, random.Random], str]] = {
    "one sentence, no punctuation": no_punctuation, "random business vocabulary": random_vocabulary,
    "thousands of quote marks": quote_marks, "table of numbers": number_table,
    "list of names with titles": name_list, "one title repeated": repeated_title}


def fill(size: int, piece: Callable[[], str]) -> str:
    """Pieces joined until the text holds `size` bytes of UTF-8."""
    parts, total = ["标题\n"], 0
    while total < size:
        parts.append(piece())
        total += len(parts[-1].encode("utf-8"))
    return "".join(parts)


def seconds(text: str, folder: Path) -> float:
    """Seconds to read and analyse one article file holding text."""
    from analysis.corpus.engines import analyse_within
    from analysis.io.load import read_article

    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    doc = read_article(path, max_bytes=64 * 2**20)
    analyse_within(doc, keep_tokens=False, seconds=None)  # as the engines run it, without the time budget
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--min-kb", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest counts (default 2)")
    args = parser.parse_args()
    sizes = []
    size = args.min_kb
    while size <= args.max_kb:
        sizes.append(size)
        size *= 2
    from analysis.corpus.pipeline import analyse_article
    from analysis.io.load import build_document

    for make in KINDS.values():  # warm up: dictionaries, lexicons and regular expressions loaded once
        analyse_article(build_document("warm", "warm", make(16 * 1024, random.Random(0)), "utf-8"))
    print(f"{'input':<32}" + "".join(f"{s:>8} KB" for s in sizes) + "   worst ratio per doubling")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in KINDS.items():
            times = [min(seconds(make(s * 1024, random.Random(s)), Path(tmp)) for _ in range(args.repeat))
                     for s in sizes]
            ratios = [b / a for a, b in zip(times, times[1:]) if a > 0.05]
            worst = max(ratios) if ratios else float("nan")
            print(f"{name:<32}" + "".join(f"{t:>9.2f}s" for t in times) + f"   {worst:.2f}", flush=True)


if __name__ == "__main__":
    main()
