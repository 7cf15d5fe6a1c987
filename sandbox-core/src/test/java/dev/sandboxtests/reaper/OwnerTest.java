package dev.sandboxtests.reaper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An owner is a pid and a start instant: a JVM that has ended is gone even when its pid runs another
 * process now, so that a later run removes what it left.
 */
class OwnerTest {

    private final Processes processes = new Processes();

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @Test
    void thisJvmIsNotGone() {
        Owner self = Owner.current().orElseThrow();

        assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(self.isGone()).isFalse();
    }

    @Test
    void anOwnerWhosePidNowRunsAnotherProcessIsGone() {
        Owner self = Owner.current().orElseThrow();
        Owner earlierHolderOfThisPid = new Owner(self.pid(), self.startMillis() - 60_000);

        assertThat(earlierHolderOfThisPid.isGone()).isTrue();
        assertThat(earlierHolderOfThisPid.onExit()).isDone();
    }

    @Test
    void anOwnerThatEndedIsGone() throws InterruptedException {
        Owner ended = processes.endedOwner();

        assertThat(ended.isGone()).isTrue();
    }

    @Test
    void theIdNamesTheDirectoryAndReadsBack() {
        Owner owner = new Owner(4242, 1_700_000_000_123L);

        assertThat(owner.id()).isEqualTo("4242-1700000000123");
        assertThat(Owner.parse(owner.id())).contains(owner);
        assertThat(Owner.parse("notes")).isEmpty();
        assertThat(Owner.parse("1-99999999999999999999999")).isEmpty();
    }
}
