# Compile settings every Godwit target shares: strict Qt definitions (as kdiff3 uses) and warnings.
function(godwit_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_CAST_TO_ASCII
        QT_RESTRICTED_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(GODWIT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(GODWIT_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(GODWIT_FUZZ)
        # Coverage for libFuzzer everywhere; its runtime is linked into the fuzz executables only.
        # Undefined behaviour aborts, so libFuzzer keeps the input that caused it.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
            -fno-sanitize-recover=all -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
