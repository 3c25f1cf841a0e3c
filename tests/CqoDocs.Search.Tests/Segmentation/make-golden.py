#!/usr/bin/python3
"""Regenerates the golden token files in Cases/ with Python jieba 0.42.1 (Debian: apt-get install python3-jieba).

For each Cases/NAME.s.txt (raw UTF-8 input) writes NAME.precise.jsonl (jieba.lcut), NAME.search.jsonl
(jieba.lcut_for_search) and NAME.nohmm.jsonl (jieba.lcut(HMM=False)), one json.dumps(token,
ensure_ascii=False) a line. When Cases/NAME.dict.txt exists it is loaded first with load_userdict, in a
process of its own (finalseg's forced splits are global).
"""
import glob, json, os, subprocess, sys

import jieba

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'Cases')


def write(path, tokens):
    with open(path, 'w', encoding='utf-8', newline='') as out:
        for token in tokens:
            out.write(json.dumps(token, ensure_ascii=False) + '\n')


def make(name):
    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    user = os.path.join(here, name + '.dict.txt')
    if os.path.exists(user):
        tokenizer.load_userdict(user)
    text = open(os.path.join(here, name + '.s.txt'), encoding='utf-8', newline='').read()
    write(os.path.join(here, name + '.precise.jsonl'), tokenizer.lcut(text))
    write(os.path.join(here, name + '.search.jsonl'), tokenizer.lcut_for_search(text))
    write(os.path.join(here, name + '.nohmm.jsonl'), tokenizer.lcut(text, HMM=False))


if __name__ == '__main__':
    if len(sys.argv) > 1:
        make(sys.argv[1])
    else:
        for path in sorted(glob.glob(os.path.join(here, '*.s.txt'))):
            subprocess.run([sys.executable, __file__, os.path.basename(path)[:-len('.s.txt')]], check=True)
