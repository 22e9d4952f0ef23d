package app.shortlist.program;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 轮次: one stage of a program, in order (资格初审, 海选, 复赛, 决赛, 推荐, 公示 …). */
@Entity
@Table(name = "program_round")
public class Round extends ProgramPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RoundKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;
}
