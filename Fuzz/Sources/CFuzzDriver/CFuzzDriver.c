// Only the header: LLVMFuzzerRunDriver is in libFuzzer, linked by -sanitize=fuzzer.
