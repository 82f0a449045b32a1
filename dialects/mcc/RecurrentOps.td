//===- RecurrentOps.td - LSTM, GRU and simple RNN ----------*- tablegen -*-===//
#ifndef MCC_RECURRENT_OPS_TD
#define MCC_RECURRENT_OPS_TD

// Shared by the three cells: ONNX's operand and result layout with the sequence
// first (the frontend transposes batch-first models), one weight slice per
// direction. activation_alpha/beta hold one value per entry of `activations`:
// the frontend resolves ONNX's order of consumption, so the op never counts
// which activations take parameters.
class Mcc_RecurrentOp<string mnemonic, string cell, dag extraInputs, dag extraAttrs,
                      dag extraOutputs>
    : Mcc_InferredOp<mnemonic, [AttrSizedOperandSegments]> {
  let summary = cell # " over a whole sequence";
  let arguments = !con((ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$w,
                        Mcc_FloatTensor:$r, Optional<Mcc_FloatTensor>:$b,
                        Optional<Mcc_IntTensor>:$sequence_lens,
                        Optional<Mcc_FloatTensor>:$initial_h),
                       extraInputs,
                       (ins I64Attr:$hidden_size, StrAttr:$direction,
                        StrArrayAttr:$activations,
                        OptionalAttr<DenseF64ArrayAttr>:$activation_alpha,
                        OptionalAttr<DenseF64ArrayAttr>:$activation_beta,
                        OptionalAttr<F64Attr>:$clip),
                       extraAttrs);
  let results = !con((outs Mcc_FloatTensor:$y, Mcc_FloatTensor:$y_h), extraOutputs);
  let assemblyFormat = [{
    $input `,` $w `,` $r (`bias` $b^)? (`sequence_lens` $sequence_lens^)?
    (`initial_h` $initial_h^)? attr-dict `:` functional-type(operands, results)
  }];
  let extraClassDeclaration = inferShapesDecl # [{
    /// Gates per cell: the row blocks of `w` and `r`.
    static int64_t getNumGates();
    int64_t getNumDirections() { return getDirection() == "bidirectional" ? 2 : 1; }
    /// ONNX's recurrent activations: whether `name` (any case) is one, and
    /// the alpha and beta it takes when activation_alpha/beta give none
    /// (std::nullopt for a parameter it does not take).
    static bool getActivationDefaults(::llvm::StringRef name, std::optional<double> &alpha,
                                      std::optional<double> &beta);
    /// The alpha and beta of `activations[index]`: the op's
    /// activation_alpha/beta entries, else the defaults (0 where unused).
    std::pair<double, double> getActivationParameters(unsigned index);
  }];
}

def Mcc_LstmOp : Mcc_RecurrentOp<"lstm", "long short-term memory",
    (ins Optional<Mcc_FloatTensor>:$initial_c, Optional<Mcc_FloatTensor>:$p),
    (ins DefaultValuedAttr<BoolAttr, "false">:$input_forget), (outs Mcc_FloatTensor:$y_c)> {
  let description = [{
    `input` is [seq, batch, input_size], `w` [dirs, 4H, input_size], `r`
    [dirs, 4H, H], `b` [dirs, 8H] (input bias then recurrence bias), with H
    `hidden_size`. Gates in ONNX order i, o, f, c; `activations` holds f, g, h
    for each direction (sigmoid, tanh, tanh by default). Results: every hidden
    state `y` [seq, dirs, batch, H], the last hidden state `y_h` and the last
    cell state `y_c` [dirs, batch, H]. `p` [dirs, 3H], the peepholes in
    order i, o, f, adds p * c to those gates' inputs (the previous c for i
    and f, the new one for o). `input_forget` couples the forget gate to the
    input gate: f = 1 - i.

    For all three cells: `sequence_lens` [batch], when given, is each batch
    entry's length; steps at or past it keep the states and write zeros to
    `y` (the reverse direction starts at the entry's last step), and an
    entry of length 0 ends with zero states, as in ONNX Runtime.
    `activation_alpha` and `activation_beta` hold one value per entry of
    `activations` (ignored by those without that parameter); without them,
    each activation takes ONNX's defaults.
  }];
  let assemblyFormat = [{
    $input `,` $w `,` $r (`bias` $b^)? (`sequence_lens` $sequence_lens^)?
    (`initial_h` $initial_h^)? (`initial_c` $initial_c^)? (`peepholes` $p^)?
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
