"""Prototype neural tagger (session 5 experiment, see BENCHMARKS.md "Session 5: a non-linear
tagger"): a BiLSTM-CRF (or a windowed tanh layer, --enc win) over fixed SaudiNewsNet word2vec
vectors, a character CNN and the first-stage perceptron's cross-validated emission scores
(crates/rasd-ner/examples/dump_scores.rs), trained with Adam on CRF log-likelihood, scored on
the held-out part of the dump with conlleval rules (micro PERS/LOC/ORG F1).

Usage: python3 tagger.py DUMP_DIR --w2v VECTORS.txt [--enc lstm|win] [--noscores] ...
(DUMP_DIR holds fit.tsv and dev.tsv, or test.tsv with --heldname test.tsv)
"""
import os, sys, time, math, argparse
os.environ.setdefault('XLA_FLAGS', '--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1')
import numpy as np
import jax, jax.numpy as jnp
from corpus import fold

LABELS = ['O','B-PERS','I-PERS','B-LOC','I-LOC','B-ORG','I-ORG','B-MISC','I-MISC']
L = 9
ARTS = ["وبال","فبال","وكال","ولل","فلل","وال","فال","بال","كال","لل","ال"]
def strip_art(w):
    for p in ARTS:
        if w.startswith(p) and len(w) - len(p) >= 2: return w[len(p):]
    return w

def allowed(prev, cur):  # prev = 9 for START
    if cur in (2,4,6,8):
        return prev != 9 and prev in (cur-1, cur)
    return True
MASK = np.array([[0.0 if allowed(p,c) else -1e4 for c in range(L)] for p in range(L+1)], np.float32)

def read(path):
    sents=[]; cur=[]
    for line in open(path, encoding='utf-8'):
        line=line.rstrip('\n')
        if not line:
            if cur: sents.append(cur); cur=[]
            continue
        p=line.split('\t')
        cur.append((p[0], LABELS.index(p[1]) if p[1] in LABELS else 0, [float(x) for x in p[2:11]]))
    if cur: sents.append(cur)
    for s in sents:  # repair BIO as conlleval reads it: a stray I-X starts an entity
        prev=9
        for i,(t,y,sc) in enumerate(s):
            if not allowed(prev,y): y=y-1; s[i]=(t,y,sc)
            prev=y
    return sents

def load_w2v(path):
    f=open(path, encoding='utf-8'); n,d=map(int,f.readline().split())
    vocab={}; vecs=np.zeros((n+1,d),np.float32)
    for i,line in enumerate(f):
        p=line.rstrip().split(' ')
        vocab[p[0]]=i+1; vecs[i+1]=np.array(p[1:],np.float32)
    vecs/= (np.linalg.norm(vecs,axis=1,keepdims=True)+1e-6)
    return vocab, vecs

MAXC=12
class Enc:
    def __init__(self, vocab, chars):
        self.vocab=vocab; self.chars=chars
    def encode(self, sents):
        out=[]
        for s in sents:
            n=len(s)
            w=np.zeros(n,np.int32); found=np.zeros((n,2),np.float32)
            c=np.zeros((n,MAXC),np.int32)
            for i,(tok,_,_) in enumerate(s):
                f=fold(tok)
                if f in self.vocab: w[i]=self.vocab[f]; found[i,0]=1
                else:
                    st=strip_art(f)
                    if st in self.vocab: w[i]=self.vocab[st]; found[i,1]=1
                cs=list(f)
                if len(cs)>MAXC: cs=cs[:MAXC//2]+cs[-MAXC//2:]
                for j,ch in enumerate(cs): c[i,j]=self.chars.get(ch,1)
            y=np.array([t[1] for t in s],np.int32)
            sc=np.array([t[2] for t in s],np.float32)
            out.append((w,found,c,sc,y))
        return out

def batches(data, bs, shuffle, rng):
    idx=sorted(range(len(data)), key=lambda i: len(data[i][4]))
    groups=[idx[i:i+bs] for i in range(0,len(idx),bs)]
    if shuffle: rng.shuffle(groups)
    for g in groups:
        T=max(len(data[i][4]) for i in g); T=max(8, 1<<(T-1).bit_length())
        B=bs
        W=np.zeros((B,T),np.int32); F=np.zeros((B,T,2),np.float32); C=np.zeros((B,T,MAXC),np.int32)
        S=np.zeros((B,T,L),np.float32); Y=np.zeros((B,T),np.int32); M=np.zeros((B,T),np.float32)
        for b,i in enumerate(g):
            w,f,c,s,y=data[i]; n=len(y)
            W[b,:n]=w; F[b,:n]=f; C[b,:n]=c; S[b,:n]=s; Y[b,:n]=y; M[b,:n]=1
        yield g,(W,F,C,S,Y,M)

def init(key, a, d_w, n_chars):
    ks=iter(jax.random.split(key,32))
    g=lambda shape, s=None: jax.random.normal(next(ks),shape)*(s if s is not None else 1/math.sqrt(shape[0]))
    p={}
    p['cemb']=g((n_chars,a.cdim),0.1)
    p['cw']=g((3*a.cdim,a.cfilt)); p['cb']=jnp.zeros(a.cfilt)
    din=d_w+2+a.cfilt+L
    if a.enc=='lstm':
        H=a.hid
        for d in ('f','b'):
            p['W'+d]=g((din,4*H)); p['U'+d]=g((H,4*H)); p['b'+d]=jnp.zeros(4*H).at[H:2*H].set(1.0)
        p['out']=g((2*H,L)); 
    else:
        H=a.hid
        p['win']=g((a.win*din,H)); p['bwin']=jnp.zeros(H)
        p['out']=g((H,L))
    p['bout']=jnp.zeros(L)
    p['skip']=jnp.eye(L)*1.0  # perceptron scores straight to emissions
    p['trans']=jnp.zeros((L+1,L))
    return p

def features(p, a, vecs, W,F,C,S, key, train):
    B,T=W.shape
    e=vecs[W]*a.escale                            # B,T,d
    ce=p['cemb'][C]                               # B,T,MAXC,cd
    cp=jnp.pad(ce,((0,0),(0,0),(1,1),(0,0)))
    win=jnp.concatenate([cp[:,:,:-2],cp[:,:,1:-1],cp[:,:,2:]],-1)  # B,T,MAXC,3cd
    h=jnp.tanh(win@p['cw']+p['cb'])
    cm=(C>0)[...,None]
    h=jnp.max(jnp.where(cm,h,-1.0),axis=2)
    x=jnp.concatenate([e,F,h,S/a.sscale],-1)
    if train and a.drop>0:
        keep=jax.random.bernoulli(key,1-a.drop,x.shape)
        x=jnp.where(keep,x/(1-a.drop),0)
    return x

def lstm(p, d, x, M, rev):
    B,T,_=x.shape; H=p['U'+d].shape[0]
    xs=x@p['W'+d]+p['b'+d]
    xs=jnp.swapaxes(xs,0,1); ms=jnp.swapaxes(M,0,1)
    if rev: xs=xs[::-1]; ms=ms[::-1]
    def step(carry, inp):
        h,c=carry; xt,mt=inp
        z=xt+h@p['U'+d]
        i=jax.nn.sigmoid(z[:,:H]); f=jax.nn.sigmoid(z[:,H:2*H]); g=jnp.tanh(z[:,2*H:3*H]); o=jax.nn.sigmoid(z[:,3*H:])
        c2=f*c+i*g; h2=o*jnp.tanh(c2)
        m=mt[:,None]
        c2=m*c2+(1-m)*c; h2=m*h2+(1-m)*h
        return (h2,c2), h2
    _,hs=jax.lax.scan(step,(jnp.zeros((B,H)),jnp.zeros((B,H))),(xs,ms))
    if rev: hs=hs[::-1]
    return jnp.swapaxes(hs,0,1)

def emissions(p, a, vecs, W,F,C,S,M, key, train):
    if train and a.sdrop>0:
        keep=jax.random.bernoulli(jax.random.fold_in(key,11),1-a.sdrop,(S.shape[0],1,1))
        S=jnp.where(keep,S,0.0)
    x=features(p,a,vecs,W,F,C,S,key,train)
    if a.enc=='lstm':
        h=jnp.concatenate([lstm(p,'f',x,M,False), lstm(p,'b',x,M,True)],-1)
    else:
        k=a.win//2
        xp=jnp.pad(x*M[...,None],((0,0),(k,k),(0,0)))
        T=x.shape[1]
        h=jnp.concatenate([xp[:,j:j+T] for j in range(a.win)],-1)
        h=jnp.tanh(h@p['win']+p['bwin'])
    if train and a.drop>0:
        keep=jax.random.bernoulli(jax.random.fold_in(key,7),1-a.drop,h.shape)
        h=jnp.where(keep,h/(1-a.drop),0)
    em=h@p['out']+p['bout']
    if a.skip: em=em+(S/a.sscale)@p['skip']
    return em

def crf_nll(p, em, Y, M):
    trans=p['trans']+MASK
    B,T,_=em.shape
    # gold score
    prev=jnp.concatenate([jnp.full((B,1),L),Y[:,:-1]],1)
    g=jnp.take_along_axis(em,Y[...,None],2)[...,0]+trans[prev,Y]
    gold=jnp.sum(g*M,1)
    alpha=trans[L][None,:]+em[:,0]
    def step(alpha, inp):
        e,m=inp
        nxt=jax.nn.logsumexp(alpha[:,:,None]+trans[:L][None],axis=1)+e
        m=m[:,None]
        return m*nxt+(1-m)*alpha, None
    alpha,_=jax.lax.scan(step,alpha,(jnp.swapaxes(em[:,1:],0,1),jnp.swapaxes(M[:,1:],0,1)))
    Z=jax.nn.logsumexp(alpha,1)
    return jnp.sum(Z-gold)

def viterbi(em, trans):
    n=len(em); sc=trans[L]+em[0]; back=np.zeros((n,L),np.int32)
    for t in range(1,n):
        s=sc[:,None]+trans[:L]
        back[t]=s.argmax(0); sc=s.max(0)+em[t]
    out=[int(sc.argmax())]
    for t in range(n-1,0,-1): out.append(int(back[t][out[-1]]))
    return out[::-1]

def spans(tags):
    out=set(); i=0; n=len(tags)
    while i<n:
        t=tags[i]
        if t>0 and t%2==1 or (t>0 and t%2==0):  # B or stray I (treated as B, like conlleval)
            k=(t-1)//2; j=i+1
            while j<n and tags[j]==2+2*k: j+=1
            out.add((i,j,k)); i=j
        else: i+=1
    return out

def score(gold_seqs, pred_seqs):
    c=np.zeros((4,3))
    for g,p in zip(gold_seqs,pred_seqs):
        G=spans(g); P=spans(p)
        for s in G: c[s[2],0]+=1
        for s in P: c[s[2],1]+=1
        for s in G&P: c[s[2],2]+=1
    m=c[:3].sum(0)
    f=lambda x: 2*x[2]/(x[0]+x[1]) if x[0]+x[1]>0 else 0
    return 100*f(m), [100*f(c[k]) for k in range(4)], 100*m[2]/max(m[1],1), 100*m[2]/max(m[0],1)

def main():
    ap=argparse.ArgumentParser()
    ap.add_argument('split'); ap.add_argument('--w2v',required=True)
    ap.add_argument('--enc',default='lstm'); ap.add_argument('--hid',type=int,default=64)
    ap.add_argument('--win',type=int,default=5)
    ap.add_argument('--cdim',type=int,default=16); ap.add_argument('--cfilt',type=int,default=32)
    ap.add_argument('--drop',type=float,default=0.5); ap.add_argument('--epochs',type=int,default=12)
    ap.add_argument('--lr',type=float,default=2e-3); ap.add_argument('--bs',type=int,default=16)
    ap.add_argument('--seed',type=int,default=0); ap.add_argument('--sscale',type=float,default=0)
    ap.add_argument('--noscores',action='store_true'); ap.add_argument('--skip',type=int,default=1)
    ap.add_argument('--heldname',default='dev.tsv'); ap.add_argument('--chunk',type=int,default=128); ap.add_argument('--ema',type=float,default=0.998); ap.add_argument('--escale',type=float,default=1.0); ap.add_argument('--sdrop',type=float,default=0.0)
    a=ap.parse_args()
    fit=read(os.path.join(a.split,'fit.tsv')); held=read(os.path.join(a.split,a.heldname))
    if a.noscores:
        for d in (fit,held):
            for s in d:
                for i,t in enumerate(s): s[i]=(t[0],t[1],[0.0]*9)
        a.skip=0
    if a.sscale==0:
        a.sscale=float(np.std([x for s in fit for t in s for x in t[2]]))+1e-6
    vocab,vecs=load_w2v(a.w2v); vecs=jnp.array(vecs)
    from collections import Counter
    cc=Counter(ch for s in fit for t in s for ch in fold(t[0]))
    chars={ch:i+2 for i,(ch,n) in enumerate(cc.most_common()) if n>=3}
    enc=Enc(vocab,chars)
    fitc=[]
    for s in fit:
        for i in range(0,len(s),a.chunk): fitc.append(s[i:i+a.chunk])
    dfit=enc.encode(fitc); dheld=enc.encode(held)
    key=jax.random.PRNGKey(a.seed)
    p=init(key,a,vecs.shape[1],len(chars)+2)
    # adam
    mom=jax.tree_util.tree_map(jnp.zeros_like,p); vel=jax.tree_util.tree_map(jnp.zeros_like,p)
    def loss(p,batch,key):
        W,F,C,S,Y,M=batch
        em=emissions(p,a,vecs,W,F,C,S,M,key,True)
        return crf_nll(p,em,Y,M)/jnp.sum(M)
    @jax.jit
    def update(p,mom,vel,t,batch,key):
        l,gr=jax.value_and_grad(loss)(p,batch,key)
        gn=jnp.sqrt(sum(jnp.sum(x*x) for x in jax.tree_util.tree_leaves(gr)))
        gr=jax.tree_util.tree_map(lambda x: x*jnp.minimum(1.0,5.0/(gn+1e-6)),gr)
        mom=jax.tree_util.tree_map(lambda m,g:0.9*m+0.1*g,mom,gr)
        vel=jax.tree_util.tree_map(lambda v,g:0.999*v+0.001*g*g,vel,gr)
        lr=a.lr
        p=jax.tree_util.tree_map(lambda x,m,v: x-lr*(m/(1-0.9**t))/(jnp.sqrt(v/(1-0.999**t))+1e-8),p,mom,vel)
        return p,mom,vel,l
    @jax.jit
    def pred_em(p,W,F,C,S,M):
        return emissions(p,a,vecs,W,F,C,S,M,jax.random.PRNGKey(0),False)
    def evaluate(p,data):
        preds=[None]*len(data); trans=np.array(p['trans'])+MASK
        for g,(W,F,C,S,Y,M) in batches(data,64,False,None):
            em=np.array(pred_em(p,W,F,C,S,M))
            for b,i in enumerate(g):
                n=len(data[i][4]); preds[i]=viterbi(em[b,:n],trans)
        return score([d[4] for d in data],preds), preds
    rng=np.random.RandomState(a.seed); t=0; ema=None
    ema_upd=jax.jit(lambda e,p: jax.tree_util.tree_map(lambda x,y: a.ema*x+(1-a.ema)*y, e, p))
    base=score([d[4] for d in dheld],[viterbi(d[3],np.zeros((L+1,L),np.float32)+MASK) for d in dheld])
    print(f'perceptron-emissions-only (no trans) held F1 {base[0]:.2f}',flush=True)
    for ep in range(a.epochs):
        t0=time.time(); tot=0
        for g,batch in batches(dfit,a.bs,True,rng):
            t+=1; key,sub=jax.random.split(key)
            p,mom,vel,l=update(p,mom,vel,t,batch,sub); tot+=float(l)
            ema=p if ema is None else ema_upd(ema,p)
        (f1,per,P,R),_=evaluate(ema,dheld)
        print(f'ep {ep} loss {tot:.1f} {time.time()-t0:.0f}s held F1 {f1:.2f} P {P:.1f} R {R:.1f} PERS/LOC/ORG/MISC '+' '.join(f'{x:.1f}' for x in per),flush=True)
    if os.environ.get('DUMP_EM'):
        trans=np.array(ema['trans']); ems=[None]*len(dheld)
        for g,(W,F,C,S,Y,M) in batches(dheld,64,False,None):
            em=np.array(pred_em(ema,W,F,C,S,M))
            for b,i in enumerate(g): ems[i]=em[b,:len(dheld[i][4])]
        np.save(os.environ['DUMP_EM'], np.array([trans]+ems+[np.array([a.sscale])], dtype=object), allow_pickle=True)
    if os.environ.get('SAVE'):
        np.savez(os.environ['SAVE'],**{k:np.array(v) for k,v in ema.items()})
main()
