;; The WebAssembly SIMD (128-bit) float64 matrix product behind linalg's gemm seam.
;; Assembled by `node scripts/build-wasm.mjs` (wabt's wat2wasm) into gemm-module.generated.ts.
;;
;; `pack` lays an operand out as src/kernels/pack.ts does for JS (strips of 4 rows of op(A) or of
;; 4 columns of op(B), interleaved, lane r of step p at 4p + r, the whole depth k in one strip) from
;; its stored copy in this memory; `gemm` multiplies packed strips and writes C (m×n, row-major).
;; (gemm also reads strips whose steps lie further apart than 32 bytes, astep / bstep, but the host
;; always packs: strips read in place ran 12–30% slower than packed ones, more than packing costs.)
;; Each 4×4 tile of C is 8 f64x2 sums, each lane ONE
;; element of C: the vectors run across output elements, never along the sum, so every Cᵢⱼ adds its
;; terms in p order exactly as the JS micro-kernel does. The depth is cut into blocks of KC = 256
;; terms (the JS packed path's block), each block summed from 0 and then added to C, again as in
;; JS: the first block stores its sum (0 + s = s exactly, s never being −0), later ones add.
;; Multiply and add stay separate instructions (f64x2.mul, f64x2.add): WebAssembly SIMD has no
;; fused multiply-add, so no rounding step can be skipped.
;; The 4×4 tile (8 sums, 2 vectors of B, 1 of A: 11 of the 16 registers) measured fastest in V8:
;; 6×4, 8×4, 4×6, 5×4, 3×8 and 2×8 tiles, and the k loop unrolled 2 or 4 times, all ran 15–40%
;; slower (V8 spills their sums or hoists the loads).
;;
;; A call covers the row strips [is0, is1) and column strips [js0, js1) of C, so threads sharing
;; the memory can each take a disjoint range of tiles; a tile is only ever summed by one thread.
(module
  (import "env" "memory" (memory 1 16384 shared))

  ;; C[tile] (+)= Ap·Bp over kc steps. a, b: the 4 rows of op(A) and 4 columns of op(B) at the
  ;; block's first step, 4 doubles side by side, the next step astep / bstep bytes on (32 when
  ;; packed; a row of the stored matrix when it is read in place); c: the tile's top-left element;
  ;; ldc: bytes per row of C; rows, cols ≤ 4 clip an edge tile; first ≠ 0 stores instead of
  ;; adding; tmp: 128 bytes of scratch for edge tiles.
  (func $tile (param $a i32) (param $astep i32) (param $b i32) (param $bstep i32) (param $kc i32)
              (param $c i32) (param $ldc i32) (param $rows i32) (param $cols i32) (param $first i32) (param $tmp i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $x v128) (local $b0 v128) (local $b1 v128)
    (local $r i32) (local $q i32) (local $src i32) (local $dst i32)
    ;; The sums start at +0 (a local's initial value) and add x·b, as JS's `s = 0; s += x·b`.
    ;; One step per iteration: unrolled, V8 hoists the loads and runs out of registers.
    (loop $steps
      (local.set $b0 (v128.load (local.get $b)))
      (local.set $b1 (v128.load offset=16 (local.get $b)))
      (local.set $x (v128.load64_splat (local.get $a)))
      (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $x) (local.get $b0))))
      (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $x) (local.get $b1))))
      (local.set $x (v128.load64_splat offset=8 (local.get $a)))
      (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $x) (local.get $b0))))
      (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $x) (local.get $b1))))
      (local.set $x (v128.load64_splat offset=16 (local.get $a)))
      (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $x) (local.get $b0))))
      (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $x) (local.get $b1))))
      (local.set $x (v128.load64_splat offset=24 (local.get $a)))
      (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $x) (local.get $b0))))
      (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $x) (local.get $b1))))
      (local.set $a (i32.add (local.get $a) (local.get $astep)))
      (local.set $b (i32.add (local.get $b) (local.get $bstep)))
      (br_if $steps (local.tee $kc (i32.sub (local.get $kc) (i32.const 1)))))
    (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $cols) (i32.const 4)))
      (then
        (if (i32.eqz (local.get $first))
          (then
            (local.set $c00 (f64x2.add (v128.load (local.get $c)) (local.get $c00)))
            (local.set $c01 (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c01)))))
        (v128.store (local.get $c) (local.get $c00))
        (v128.store offset=16 (local.get $c) (local.get $c01))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (if (i32.eqz (local.get $first))
          (then
            (local.set $c10 (f64x2.add (v128.load (local.get $c)) (local.get $c10)))
            (local.set $c11 (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c11)))))
        (v128.store (local.get $c) (local.get $c10))
        (v128.store offset=16 (local.get $c) (local.get $c11))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (if (i32.eqz (local.get $first))
          (then
            (local.set $c20 (f64x2.add (v128.load (local.get $c)) (local.get $c20)))
            (local.set $c21 (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c21)))))
        (v128.store (local.get $c) (local.get $c20))
        (v128.store offset=16 (local.get $c) (local.get $c21))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (if (i32.eqz (local.get $first))
          (then
            (local.set $c30 (f64x2.add (v128.load (local.get $c)) (local.get $c30)))
            (local.set $c31 (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c31)))))
        (v128.store (local.get $c) (local.get $c30))
        (v128.store offset=16 (local.get $c) (local.get $c31))
        (return)))
    ;; An edge tile: spill the 4×4 sums to tmp, then store or add only the rows and columns in C.
    (v128.store (local.get $tmp) (local.get $c00))
    (v128.store offset=16 (local.get $tmp) (local.get $c01))
    (v128.store offset=32 (local.get $tmp) (local.get $c10))
    (v128.store offset=48 (local.get $tmp) (local.get $c11))
    (v128.store offset=64 (local.get $tmp) (local.get $c20))
    (v128.store offset=80 (local.get $tmp) (local.get $c21))
    (v128.store offset=96 (local.get $tmp) (local.get $c30))
    (v128.store offset=112 (local.get $tmp) (local.get $c31))
    (local.set $r (i32.const 0))
    (loop $row
      (local.set $q (i32.const 0))
      (loop $col
        (local.set $src (i32.add (local.get $tmp) (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 2)) (local.get $q)) (i32.const 3))))
        (local.set $dst (i32.add (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldc))) (i32.shl (local.get $q) (i32.const 3))))
        (if (local.get $first)
          (then (f64.store (local.get $dst) (f64.load (local.get $src))))
          (else (f64.store (local.get $dst) (f64.add (f64.load (local.get $dst)) (f64.load (local.get $src))))))
        (br_if $col (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (local.get $cols))))
      (br_if $row (i32.lt_u (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $rows)))))

  ;; C = op(A)·op(B) over row strips [is0, is1) and column strips [js0, js1). Rows 4s … 4s+3 of
  ;; op(A) at step p start at ap + s·astrip + p·astep (packed: astrip = 32k, astep = 32; Aᵀ read
  ;; in place: astrip = 32, astep = 8m), and columns likewise at bp, bstrip, bstep; c: C, m×n;
  ;; tmp: 128 bytes of this caller's own scratch.
  ;; Loops as GotoBLAS: depth blocks of KC = 256 steps outermost (each Cᵢⱼ gets its blocks in
  ;; order), then panels of 64 column strips (a 256×256 block of B, 512 KiB, in L2), blocks of 32
  ;; row strips (128 rows of A), and within them one 4-column strip of B (8 KiB, in L1) against
  ;; every 4-row strip of the A block.
  (func (export "gemm") (param $ap i32) (param $astrip i32) (param $astep i32)
        (param $bp i32) (param $bstrip i32) (param $bstep i32) (param $c i32) (param $m i32) (param $n i32)
        (param $k i32) (param $is0 i32) (param $is1 i32) (param $js0 i32) (param $js1 i32) (param $tmp i32)
    (local $p0 i32) (local $kc i32) (local $first i32) (local $ldc i32)
    (local $jc i32) (local $jend i32) (local $ic i32) (local $iend i32) (local $jr i32) (local $ir i32)
    (local $bb i32) (local $rows i32) (local $cols i32)
    (local.set $ldc (i32.shl (local.get $n) (i32.const 3)))
    (local.set $p0 (i32.const 0))
    (block $done
      (loop $depth
        (br_if $done (i32.ge_u (local.get $p0) (local.get $k)))
        (local.set $kc (i32.sub (local.get $k) (local.get $p0)))
        (if (i32.gt_u (local.get $kc) (i32.const 256)) (then (local.set $kc (i32.const 256))))
        (local.set $first (i32.eqz (local.get $p0)))
        (local.set $jc (local.get $js0))
        (block $jcDone
          (loop $jcLoop
            (br_if $jcDone (i32.ge_u (local.get $jc) (local.get $js1)))
            (local.set $jend (i32.add (local.get $jc) (i32.const 64)))
            (if (i32.gt_u (local.get $jend) (local.get $js1)) (then (local.set $jend (local.get $js1))))
            (local.set $ic (local.get $is0))
            (block $icDone
              (loop $icLoop
                (br_if $icDone (i32.ge_u (local.get $ic) (local.get $is1)))
                (local.set $iend (i32.add (local.get $ic) (i32.const 32)))
                (if (i32.gt_u (local.get $iend) (local.get $is1)) (then (local.set $iend (local.get $is1))))
                (local.set $jr (local.get $jc))
                (loop $jrLoop
                  (local.set $bb (i32.add (i32.add (local.get $bp) (i32.mul (local.get $jr) (local.get $bstrip)))
                                          (i32.mul (local.get $p0) (local.get $bstep))))
                  (local.set $cols (i32.sub (local.get $n) (i32.shl (local.get $jr) (i32.const 2))))
                  (if (i32.gt_u (local.get $cols) (i32.const 4)) (then (local.set $cols (i32.const 4))))
                  (local.set $ir (local.get $ic))
                  (loop $irLoop
                    (local.set $rows (i32.sub (local.get $m) (i32.shl (local.get $ir) (i32.const 2))))
                    (if (i32.gt_u (local.get $rows) (i32.const 4)) (then (local.set $rows (i32.const 4))))
                    (call $tile
                      (i32.add (i32.add (local.get $ap) (i32.mul (local.get $ir) (local.get $astrip)))
                               (i32.mul (local.get $p0) (local.get $astep)))
                      (local.get $astep)
                      (local.get $bb)
                      (local.get $bstep)
                      (local.get $kc)
                      (i32.add (local.get $c)
                               (i32.add (i32.mul (i32.shl (local.get $ir) (i32.const 2)) (local.get $ldc))
                                        (i32.shl (local.get $jr) (i32.const 5))))
                      (local.get $ldc) (local.get $rows) (local.get $cols) (local.get $first) (local.get $tmp))
                    (br_if $irLoop (i32.lt_u (local.tee $ir (i32.add (local.get $ir) (i32.const 1))) (local.get $iend))))
                  (br_if $jrLoop (i32.lt_u (local.tee $jr (i32.add (local.get $jr) (i32.const 1))) (local.get $jend))))
                (local.set $ic (local.get $iend))
                (br $icLoop)))
            (local.set $jc (local.get $jend))
            (br $jcLoop)))
        (local.set $p0 (i32.add (local.get $p0) (i32.const 256)))
        (br $depth))))

  ;; Packs an operand for gemm: `lanes` lanes (rows of op(A), or columns of op(B)) by `steps`
  ;; steps (the shared dimension), lane r of step p read at src + r·lane + p·step (bytes), written
  ;; as strips of four lanes, strip s's step p at dst + 32·steps·s + 32p (lane r mod 4 at + 8·(r mod 4));
  ;; the lanes past the last one are 0. It only moves values (no arithmetic), as pack.ts does for JS.
  ;; The two layouts of a row-major matrix go four lanes at a time: lanes side by side (lane = 8:
  ;; 32 bytes a step) or steps side by side (step = 8: two steps of four lanes, a 4×2 transpose by
  ;; shuffles); an edge strip, an odd last step or other strides go element by element.
  (func (export "pack") (param $src i32) (param $lane i32) (param $step i32) (param $lanes i32) (param $steps i32) (param $dst i32)
    (local $s i32) (local $p i32) (local $q i32) (local $left i32) (local $from i32)
    (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (block $done
      (loop $strip
        (br_if $done (i32.ge_u (local.get $s) (local.get $lanes)))
        (local.set $left (i32.sub (local.get $lanes) (local.get $s)))
        (local.set $from (i32.add (local.get $src) (i32.mul (local.get $s) (local.get $lane))))
        (local.set $p (i32.const 0))
        (if (i32.ge_u (local.get $left) (i32.const 4))
          (then
            (if (i32.eq (local.get $lane) (i32.const 8))
              (then
                (block $sideDone
                  (loop $side
                    (br_if $sideDone (i32.ge_u (local.get $p) (local.get $steps)))
                    (v128.store (local.get $dst) (v128.load (local.get $from)))
                    (v128.store offset=16 (local.get $dst) (v128.load offset=16 (local.get $from)))
                    (local.set $from (i32.add (local.get $from) (local.get $step)))
                    (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (br $side))))
              (else
                (if (i32.eq (local.get $step) (i32.const 8))
                  (then
                    (local.set $r0 (local.get $from))
                    (local.set $r1 (i32.add (local.get $r0) (local.get $lane)))
                    (local.set $r2 (i32.add (local.get $r1) (local.get $lane)))
                    (local.set $r3 (i32.add (local.get $r2) (local.get $lane)))
                    (block $pairDone
                      (loop $pair
                        (br_if $pairDone (i32.gt_u (i32.add (local.get $p) (i32.const 2)) (local.get $steps)))
                        (local.set $v0 (v128.load (local.get $r0)))
                        (local.set $v1 (v128.load (local.get $r1)))
                        (local.set $v2 (v128.load (local.get $r2)))
                        (local.set $v3 (v128.load (local.get $r3)))
                        (v128.store (local.get $dst)
                          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $v0) (local.get $v1)))
                        (v128.store offset=16 (local.get $dst)
                          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $v2) (local.get $v3)))
                        (v128.store offset=32 (local.get $dst)
                          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $v0) (local.get $v1)))
                        (v128.store offset=48 (local.get $dst)
                          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $v2) (local.get $v3)))
                        (local.set $r0 (i32.add (local.get $r0) (i32.const 16)))
                        (local.set $r1 (i32.add (local.get $r1) (i32.const 16)))
                        (local.set $r2 (i32.add (local.get $r2) (i32.const 16)))
                        (local.set $r3 (i32.add (local.get $r3) (i32.const 16)))
                        (local.set $dst (i32.add (local.get $dst) (i32.const 64)))
                        (local.set $p (i32.add (local.get $p) (i32.const 2)))
                        (br $pair)))))))))
        ;; What is left of the strip (all of it, for an edge strip or other strides), one value at a time.
        (block $restDone
          (loop $rest
            (br_if $restDone (i32.ge_u (local.get $p) (local.get $steps)))
            (local.set $q (i32.const 0))
            (loop $lane4
              (if (i32.lt_u (local.get $q) (local.get $left))
                (then
                  (f64.store (local.get $dst)
                    (f64.load (i32.add (local.get $src)
                      (i32.add (i32.mul (i32.add (local.get $s) (local.get $q)) (local.get $lane))
                               (i32.mul (local.get $p) (local.get $step)))))))
                (else (f64.store (local.get $dst) (f64.const 0))))
              (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
              (br_if $lane4 (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (i32.const 4))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $rest)))
        (local.set $s (i32.add (local.get $s) (i32.const 4)))
        (br $strip))))
)
