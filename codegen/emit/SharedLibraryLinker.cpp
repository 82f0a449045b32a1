//===- SharedLibraryLinker.cpp - object file -> .so with lld --------------===//
#include "codegen/emit/SharedLibraryLinker.h"

#include "lld/Common/Driver.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

LLD_HAS_DRIVER(elf)

namespace {
// The C library and libm a model needs, found where Debian puts them. Linking
// the .so.N files directly records them as DT_NEEDED without needing the -dev
// linker scripts.
std::string findSystemLibrary(llvm::StringRef soname) {
  for (const char *dir : {"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64",
                          "/usr/lib64", "/lib", "/usr/lib"}) {
    std::string path = (llvm::Twine(dir) + "/" + soname).str();
    if (llvm::sys::fs::exists(path))
      return path;
  }
  return "";
}
} // namespace

bool mcc::linkSharedLibrary(llvm::StringRef objectPath, llvm::StringRef outputPath,
                            std::string &error) {
  std::string object = objectPath.str(), output = outputPath.str();
  std::vector<std::string> libs;
  for (const char *soname : {"libm.so.6", "libc.so.6"}) {
    std::string path = findSystemLibrary(soname);
    if (path.empty()) {
      error = std::string("cannot find ") + soname;
      return false;
    }
    libs.push_back(path);
  }
  std::vector<const char *> args = {"ld.lld",      "-shared",    "--as-needed", "-z",
                                    "noexecstack", "-z",         "now",         "--gc-sections",
                                    "-o",          output.c_str(), object.c_str()};
  for (const std::string &lib : libs)
    args.push_back(lib.c_str());
  std::string out, err;
  llvm::raw_string_ostream outStream(out), errStream(err);
  lld::Result result =
      lld::lldMain(args, outStream, errStream, {{lld::Gnu, &lld::elf::link}});
  if (result.retCode != 0) {
    error = err.empty() ? "the linker failed" : err;
    return false;
  }
  return true;
}
