package dev.stride.contracts.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Checked against the example of the Standard Webhooks reference libraries (TestWebhookSign). */
class WebhookSignatureTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);
    private static final String OTHER = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void signsLikeTheSpecExample() {
        assertEquals(EXPECTED, signature.sign(ID, TIMESTAMP, BODY));
        assertEquals(EXPECTED, new WebhookSignature(SECRET.substring("whsec_".length())).sign(ID, TIMESTAMP, BODY));
    }

    @Test
    void verifiesTheSpecExample() {
        assertTrue(signature.verify(ID, String.valueOf(TIMESTAMP), EXPECTED, BODY, THEN));
    }

    @Test
    void acceptsOneValidSignatureAmongSeveral() {
        String header = OTHER + " v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + EXPECTED + " " + OTHER;
        assertTrue(signature.verify(ID, String.valueOf(TIMESTAMP), header, BODY, THEN));
    }

    @Test
    void refusesAWrongSignatureAnAlteredBodyOrAnotherId() {
        String at = String.valueOf(TIMESTAMP);
        assertFalse(signature.verify(ID, at, OTHER, BODY, THEN));
        assertFalse(signature.verify(ID, at, EXPECTED, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), THEN));
        assertFalse(signature.verify("msg_other", at, EXPECTED, BODY, THEN));
        assertFalse(signature.verify(ID, at, "v1,not base64!", BODY, THEN));
        assertFalse(signature.verify(ID, at, null, BODY, THEN));
    }

    @Test
    void acceptsFiveMinutesEitherSideAndNoMore() {
        String at = String.valueOf(TIMESTAMP);
        assertTrue(signature.verify(ID, at, EXPECTED, BODY, THEN.plusSeconds(300)));
        assertTrue(signature.verify(ID, at, EXPECTED, BODY, THEN.minusSeconds(300)));
        assertFalse(signature.verify(ID, at, EXPECTED, BODY, THEN.plusSeconds(301)));
        assertFalse(signature.verify(ID, at, EXPECTED, BODY, THEN.minusSeconds(301)));
        assertFalse(signature.verify(ID, "yesterday", EXPECTED, BODY, THEN));
    }

    @Test
    void refusesSignedTimestampsFarFromNowEvenWhereASubtractionWouldOverflow() {
        for (long at : new long[] {TIMESTAMP + Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, TIMESTAMP - 301}) {
            assertFalse(signature.verify(ID, String.valueOf(at), signature.sign(ID, at, BODY), BODY, THEN), "at " + at);
        }
        long soon = TIMESTAMP + 299;
        assertTrue(signature.verify(ID, String.valueOf(soon), signature.sign(ID, soon, BODY), BODY, THEN));
    }
}
