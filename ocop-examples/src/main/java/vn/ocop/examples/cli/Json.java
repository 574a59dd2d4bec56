package vn.ocop.examples.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.io.Mappers;
import vn.ocop.core.scoring.Average;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.Reason;
import vn.ocop.rules.Topic;

/** JSON output of the command line: the library's records, with reasons and averages written plainly. */
final class Json {
    private static final ObjectMapper MAPPER = Mappers.json()
            .addMixIn(Reason.class, ReasonMixin.class)
            .addMixIn(Average.class, AverageMixin.class)
            .addMixIn(Assessment.class, AssessmentMixin.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS);

    private Json() {
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract static class ReasonMixin {
        @JsonProperty("rule")
        abstract String ruleId();

        @JsonProperty
        abstract Topic topic();

        @JsonProperty("citations")
        abstract List<?> bases();

        @JsonProperty
        abstract LocalizedText message();

        @JsonProperty
        abstract List<String> assumptions();
    }

    abstract static class AverageMixin {
        @JsonValue
        abstract BigDecimal display();
    }

    abstract static class AssessmentMixin {
        @JsonIgnore
        abstract Object ruleBase();
    }
}
