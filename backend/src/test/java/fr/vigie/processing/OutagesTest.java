package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class OutagesTest {

    @Test
    void unreachableServersAreOutagesToWaitFor() {
        assertThat(Outages.isOutage(new ListenerExecutionFailedException("listener",
                new UncheckedIOException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(Outages.isOutage(new DataAccessResourceFailureException("database down"))).isTrue();
    }

    @Test
    void aRecordThatCannotBeHandledIsNotAnOutage() {
        assertThat(Outages.isOutage(new ListenerExecutionFailedException("listener",
                new IllegalArgumentException("bad value")))).isFalse();
    }
}
