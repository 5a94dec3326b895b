"""Skip-gram word2vec vectors of the SaudiNewsNet corpus made by corpus.py (one thread, fixed seed).

Usage: python3 w2v.py CORPUS.txt OUT.txt [DIM]   (64 dimensions, window 4, 3 epochs, words seen
>= 3 times: 121,019 words; about 9 minutes on one busy core)
"""
import sys, time
from gensim.models import Word2Vec
from gensim.models.word2vec import LineSentence
dim=int(sys.argv[3]) if len(sys.argv)>3 else 64
t=time.time()
m=Word2Vec(LineSentence(sys.argv[1]), vector_size=dim, window=4, min_count=3, sg=1, negative=5, epochs=3, workers=1, seed=1)
m.wv.save_word2vec_format(sys.argv[2])
print('done', time.time()-t, len(m.wv))
