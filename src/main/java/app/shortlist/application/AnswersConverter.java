package app.shortlist.application;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores the answers to a program's own fields as a JSON object in one text column (portable). */
@Converter
public class AnswersConverter implements AttributeConverter<Map<String, String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> answers) {
        try {
            return answers == null || answers.isEmpty() ? null : JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        try {
            return column == null ? new LinkedHashMap<>() : JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answers", e);
        }
    }
}
