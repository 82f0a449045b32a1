// Which instruction set the kernels use, chosen once per process at run time: the library is
// built for baseline x86-64 and carries AVX2/FMA code in target("avx2,fma") functions.
#ifndef MCC_RUNTIME_KERNELS_ISA_H
#define MCC_RUNTIME_KERNELS_ISA_H

namespace mcc::kernels {

// True when the CPU has AVX2 and FMA and MCC_KERNEL_ISA is not "scalar" (the tests set it to
// run the portable fallback on a machine that has AVX2).
bool useAvx2Fma();

// True when the CPU has AVX-512F (and AVX2/FMA are in use) and MCC_KERNEL_ISA is not "avx2"
// or "scalar".
bool useAvx512();

// True when AVX-512 is in use and the CPU has AVX-512 BW, VL and VNNI (vpdpbusd): the int8
// kernels' fast path.
bool useAvx512Vnni();

} // namespace mcc::kernels

#endif
