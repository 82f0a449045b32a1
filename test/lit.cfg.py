# lit configuration for mcc's IR tests.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "mcc"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".onnxtxt"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "unit", "e2e", "regressions"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.mcc_obj_root, "test")

llvm_config.with_system_environment(["HOME", "TMPDIR"])
llvm_config.use_default_substitutions()

# Our tools come first on PATH, then LLVM's (FileCheck, not, split-file, mlir-opt).
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.mcc_tools_dir, append_path=True)

# lit registers its own %python (the interpreter running lit, which may lack
# numpy and onnx) before this file runs: replace it with the project's venv.
python = config.python_executable or "python3"
config.substitutions = [s for s in config.substitutions if s[0] != "%python"]
config.substitutions.insert(0, ("%python", '"%s"' % python))
config.substitutions.append(("%mcc-opt", os.path.join(config.mcc_tools_dir, "mcc-opt")))
config.substitutions.append(("%mcc-run", os.path.join(config.mcc_tools_dir, "mcc-run")))
config.substitutions.append(
    ("%mcc-fault-alloc", os.path.join(config.mcc_tools_dir, "mcc-fault-alloc")))
config.substitutions.append(("%mcc", os.path.join(config.mcc_tools_dir, "mcc")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
