package com.marketingplanner.domain.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

	Optional<Channel> findByCode(String code);

	boolean existsByCode(String code);

	List<Channel> findAllByOrderByChannelClassAscCodeAsc();

}
