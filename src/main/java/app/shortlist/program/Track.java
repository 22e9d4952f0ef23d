package app.shortlist.program;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 组别: a competition track (数字经济组), optionally inside a division. */
@Entity
@Table(name = "track")
public class Track extends ProgramPart {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    public Division division;
}
