//===- RecurrentOps.td - LSTM, GRU and simple RNN ----------*- tablegen -*-===//
#ifndef MCC_RECURRENT_OPS_TD
#define MCC_RECURRENT_OPS_TD

// Shared by the three cells: ONNX's operand and result layout with the sequence
// first (the frontend transposes batch-first models), one weight slice per
// direction.
class Mcc_RecurrentOp<string mnemonic, string cell, dag extraInputs, dag extraAttrs,
                      dag extraOutputs>
    : Mcc_InferredOp<mnemonic, [AttrSizedOperandSegments]> {
  let summary = cell # " over a whole sequence";
  let arguments = !con((ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$w,
                        Mcc_FloatTensor:$r, Optional<Mcc_FloatTensor>:$b,
                        Optional<Mcc_FloatTensor>:$initial_h),
                       extraInputs,
                       (ins I64Attr:$hidden_size, StrAttr:$direction,
                        StrArrayAttr:$activations, OptionalAttr<F64Attr>:$clip),
                       extraAttrs);
  let results = !con((outs Mcc_FloatTensor:$y, Mcc_FloatTensor:$y_h), extraOutputs);
  let assemblyFormat = [{
    $input `,` $w `,` $r (`bias` $b^)? (`initial_h` $initial_h^)?
    attr-dict `:` functional-type(operands, results)
  }];
  let extraClassDeclaration = inferShapesDecl # [{
    /// Gates per cell: the row blocks of `w` and `r`.
    static int64_t getNumGates();
    int64_t getNumDirections() { return getDirection() == "bidirectional" ? 2 : 1; }
  }];
}

def Mcc_LstmOp : Mcc_RecurrentOp<"lstm", "long short-term memory",
    (ins Optional<Mcc_FloatTensor>:$initial_c), (ins), (outs Mcc_FloatTensor:$y_c)> {
  let description = [{
    `input` is [seq, batch, input_size], `w` [dirs, 4H, input_size], `r`
    [dirs, 4H, H], `b` [dirs, 8H] (input bias then recurrence bias), with H
    `hidden_size`. Gates in ONNX order i, o, f, c; `activations` holds f, g, h
    for each direction (sigmoid, tanh, tanh by default). Results: every hidden
    state `y` [seq, dirs, batch, H], the last hidden state `y_h` and the last
    cell state `y_c` [dirs, batch, H]. No peepholes.
  }];
  let assemblyFormat = [{
    $input `,` $w `,` $r (`bias` $b^)? (`initial_h` $initial_h^)? (`initial_c` $initial_c^)?
    attr-dict `:` functional-type(operands, results)
  }];
}

def Mcc_GruOp : Mcc_RecurrentOp<"gru", "gated recurrent unit", (ins),
    (ins DefaultValuedAttr<BoolAttr, "false">:$linear_before_reset), (outs)> {
  let description = [{
    Layouts as for `mcc.lstm` with three gates in ONNX order z, r, h and
    activations f, g per direction (sigmoid, tanh by default).
    `linear_before_reset` applies the reset gate after the recurrence matmul,
    as PyTorch does.
  }];
}

def Mcc_RnnOp : Mcc_RecurrentOp<"rnn", "simple recurrent network", (ins), (ins), (outs)> {
  let description = [{
    Elman RNN `h = f(x W^T + h R^T + b)` per direction (tanh by default),
    layouts as for `mcc.lstm` with one gate.
  }];
}

#endif // MCC_RECURRENT_OPS_TD
