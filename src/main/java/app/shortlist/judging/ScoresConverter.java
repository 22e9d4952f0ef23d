package app.shortlist.judging;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A scorecard's scores as one JSON object of criterion key → decimal string (exact, portable). */
@Converter
public class ScoresConverter implements AttributeConverter<Map<String, BigDecimal>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, BigDecimal> scores) {
        Map<String, String> out = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((k, v) -> out.put(k, v.toPlainString()));
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, BigDecimal> convertToEntityAttribute(String column) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (column != null) {
            try {
                JSON.readValue(column, TYPE).forEach((k, v) -> scores.put(k, new BigDecimal(v)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable scores", e);
            }
        }
        return scores;
    }
}
