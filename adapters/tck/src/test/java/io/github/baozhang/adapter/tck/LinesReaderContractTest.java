package io.github.baozhang.adapter.tck;

/** The kit run end to end on the conforming toy reader: every check passes. */
class LinesReaderContractTest extends LinesContract {

    LinesReaderContractTest() {
        super(LinesReader.Flaw.NONE);
    }
}
