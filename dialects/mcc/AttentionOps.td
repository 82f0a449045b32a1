//===- AttentionOps.td - scaled dot-product attention ------*- tablegen -*-===//
//
// Attention as one op, so that it can lower to a kernel that never holds the
// [Sq, Skv] score matrix. Graph passes (passes/graph/FuseAttention.cpp)
// recompose it from the MatMul -> scale -> mask -> Softmax -> MatMul chain
// that exporters emit.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_ATTENTION_OPS_TD
#define MCC_ATTENTION_OPS_TD

def Mcc_AttentionOp : Mcc_InferredOp<"attention", [AttrSizedOperandSegments]> {
  let summary = "scaled dot-product attention: softmax(scale * Q K^T + mask) V";
  let description = [{
    With `query` [..., Sq, D], `key` [..., Skv, D] and `value` [..., Skv, Dv]
    (the leading batch dims, e.g. [B, H] or [B * H], broadcast as numpy does),
    the result [..., Sq, Dv] is

    ```
    s   = scale * query @ transpose(key)          // [..., Sq, Skv]
    s   = keep ? s : fill                          // when `keep` is given
    s   = s + mask                                 // when `mask` is given
    out = softmax(s, along Skv) @ value
    ```

    `keep` (i1) and the additive float `mask` broadcast to [..., Sq, Skv]. The
    select comes before the addition, in the order GPT-2 style models apply
    a causal `Where` and then a padding mask; a boolean mask that excludes
    keys is `keep` with `fill` = -inf.
  }];
  let arguments = (ins Mcc_FloatTensor:$query, Mcc_FloatTensor:$key, Mcc_FloatTensor:$value,
                   Optional<Mcc_FloatTensor>:$mask, Optional<Mcc_BoolTensor>:$keep,
                   DefaultValuedAttr<F64Attr, "1.0">:$scale,
                   DefaultValuedAttr<F64Attr, "0.0">:$fill);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = [{
    $query `,` $key `,` $value (`mask` `(` $mask^ `)`)? (`keep` `(` $keep^ `)`)? attr-dict
    `:` functional-type(operands, results)
  }];
}

#endif // MCC_ATTENTION_OPS_TD
