"""SaudiNewsNet as one tokenized, folded paragraph per line (the word2vec corpus of the neural
tagger experiment, see BENCHMARKS.md "Session 5"). Tokenization and folding mirror
crates/rasd-ner/examples/common/tokenize.rs and rasd_ner::fold.

Usage: python3 corpus.py OUT.txt   (reads $RASD_SHARED/data/saudinewsnet/dataset/*.zip,
RASD_SHARED defaulting to ../shared next to the workspace root)
"""
import os
import zipfile, json, glob, sys
def fold(s):
    out=[]
    for c in s:
        if c in 'أإآٱ': out.append('ا'); continue
        if c in 'ىی': out.append('ي'); continue
        if c=='ة': out.append('ه'); continue
        if c=='ک': out.append('ك'); continue
        o=ord(c)
        if 0x64B<=o<=0x65F or o==0x670 or o==0x640: continue
        if 0x200B<=o<=0x200F or o==0xFEFF: continue
        if 0x660<=o<=0x669: out.append(chr(48+o-0x660)); continue
        if 0x6F0<=o<=0x6F9: out.append(chr(48+o-0x6F0)); continue
        if 'A'<=c<='Z': out.append(c.lower()); continue
        out.append(c)
    return ''.join(out)
def keep(c):
    return c.isalnum() or c=='\u0640' or '\u064B'<=c<='\u0652'
def tokenize(text):
    out=[]
    for w in text.split():
        start=0
        for i,c in enumerate(w):
            if keep(c): continue
            if start<i: out.append(w[start:i])
            out.append(c); start=i+1
        if start<len(w): out.append(w[start:])
    return out
if __name__=='__main__':
    n=0
    with open(sys.argv[1],'w') as f:
        root=os.path.dirname(os.path.abspath(__file__))
        shared=os.environ.get('RASD_SHARED', os.path.join(root,'../../../../shared'))
        for z in sorted(glob.glob(os.path.join(shared,'data/saudinewsnet/dataset/*.zip'))):
            zf=zipfile.ZipFile(z)
            for name in sorted(zf.namelist()):
                data=json.loads(zf.read(name))
                for doc in data:
                    for para in (doc.get('title','')+'\n'+doc.get('content','')).split('\n'):
                        t=[fold(x) for x in tokenize(para)]
                        if t: f.write(' '.join(t)+'\n'); n+=len(t)
    print(n)
